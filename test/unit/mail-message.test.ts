import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { mailDate, plainTextMessage } from '../../src/jobs/mail-message.js';

/**
 * archgate builds its emails' text itself (src/jobs/mail-message.ts). A real parser must read back exactly
 * the subject and body that went in, whatever they hold (CJK, emoji, `=?`, line breaks that must not start
 * a header), and the headers must be well-formed lines.
 */

const FROM = 'archgate <archgate@example.com>';
const printable = fc.string({ unit: fc.constantFrom(...'abc XYZ019=?_-:;<>"\'\\'.split('')), maxLength: 120 });
const wide = fc.string({ unit: 'grapheme', maxLength: 120 });
const text = fc.oneof(printable, wide, fc.constantFrom('审批 结束：成功 2，失败 0', '🙂 emoji subject with =?UTF-8?B?x?= inside', ''));

describe('plainTextMessage', () => {
  it('is read back by mailparser as the same sender, recipient, subject and text', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(text, { maxLength: 5 }), async (subject, lines) => {
        const body = lines.join('\n');
        const built = plainTextMessage({ from: FROM, to: 'reviewer@example.com', subject, text: body }, new Date(0), 'fixed-id');
        expect(built).toBeDefined();
        const raw = built!.raw;
        // Every line ends in CRLF, no bare CR or LF, none longer than RFC 5322's 78 characters.
        expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
        const parsed = await simpleParser(raw);
        expect(parsed.subject ?? '').toBe(subject.replace(/[\r\n\t]+/g, ' ').trim());
        expect((parsed.text ?? '').replace(/\n$/, '')).toBe(body.replace(/\r?\n/g, '\n').replace(/\n$/, ''));
        expect(parsed.from?.value[0]).toEqual({ address: 'archgate@example.com', name: 'archgate' });
        expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]?.address : undefined).toBe('reviewer@example.com');
        expect(parsed.messageId).toBe('<fixed-id@example.com>');
        expect(parsed.date?.getTime()).toBe(0);
        expect(built!.envelope).toEqual({ from: 'archgate@example.com', to: ['reviewer@example.com'] });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves to nodemailer any address that is not plain ASCII, or that carries more than one address', () => {
    const m = { subject: 's', text: 't' };
    expect(plainTextMessage({ ...m, from: FROM, to: 'rév@example.com' }, new Date())).toBeUndefined();
    expect(plainTextMessage({ ...m, from: '审批 <a@example.com>', to: 'b@example.com' }, new Date())).toBeUndefined();
    expect(plainTextMessage({ ...m, from: FROM, to: 'a@example.com, b@example.com' }, new Date())).toBeUndefined();
    expect(plainTextMessage({ ...m, from: FROM, to: 'a@example.com\r\nBcc: c@example.com' }, new Date())).toBeUndefined();
    expect(plainTextMessage({ ...m, from: 'a@example.com', to: 'b@example.com' }, new Date())?.envelope.from).toBe('a@example.com');
  });

  it('leaves lists of addresses to nodemailer, which sends to each', () => {
    const m = { from: FROM, subject: 's', text: 't' };
    for (const to of ['a@example.com,b@example.com', 'a@example.com; b@example.com', 'A <a@example.com>', '"a b"@example.com'])
      expect(plainTextMessage({ ...m, to }, new Date()), to).toBeUndefined();
  });

  it('quotes a display name that would otherwise read as several mailboxes, and keeps one already quoted', async () => {
    for (const [from, name] of [
      ['archgate, ops <ops@example.com>', 'archgate, ops'],
      ['A. Person <ops@example.com>', 'A. Person'],
      ['ops: team <ops@example.com>', 'ops: team'],
      ['"Already, quoted" <ops@example.com>', 'Already, quoted'],
      ['back\\slash "x" <ops@example.com>', 'back\\slash "x"'],
    ] as const) {
      const built = plainTextMessage({ from, to: 'r@example.com', subject: 's', text: 't' }, new Date(0));
      const parsed = await simpleParser(built!.raw);
      expect(parsed.from?.value, from).toEqual([{ address: 'ops@example.com', name }]);
      expect(built!.envelope.from).toBe('ops@example.com');
    }
  });

  it('dates in RFC 5322 form', () => {
    expect(mailDate(new Date('2026-12-01T09:05:07Z'))).toBe('Tue, 01 Dec 2026 09:05:07 +0000');
  });
});
