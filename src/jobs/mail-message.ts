import { randomUUID } from 'node:crypto';

/**
 * The RFC 5322 text of one of archgate's emails (plain text, UTF-8), built here rather than by nodemailer's
 * composer, which spent about 0.45 ms of CPU on each such one-part message: more than sending it. The
 * subject goes as RFC 2047 encoded words whenever it is not short printable ASCII, the body as base64, so
 * that no name in either can break a line or add a header. Addresses are left to nodemailer (undefined
 * here) unless each is one plain ASCII mailbox.
 */

export interface PlainMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface RawMail {
  envelope: { from: string; to: string[] };
  raw: string;
}

const PRINTABLE = /^[\x20-\x7e]*$/;
/** One plain address: no list separators, spaces, quotes, brackets or comments (those go to nodemailer). */
const MAILBOX = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;
/** A display name of RFC 5322 atoms and spaces, which needs no quoting. */
const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/;

/** The address and the header text of `Name <address>` or `address`, or undefined when it is anything else. */
function mailbox(header: string): { address: string; header: string } | undefined {
  const h = header.trim();
  if (!PRINTABLE.test(h)) return undefined;
  if (MAILBOX.test(h)) return { address: h, header: h };
  const m = /^([^<>]*)<([^<>]+)>$/.exec(h);
  if (!m || !MAILBOX.test(m[2]!)) return undefined;
  const name = m[1]!.trim();
  if (name === '') return { address: m[2]!, header: m[2]! };
  // Anything but atoms and spaces (a comma, a dot, a colon, an @) is quoted, or it would read as more
  // mailboxes; a name already quoted stays as it is.
  const quoted = /^"(?:[^"\\]|\\.)*"$/.test(name);
  const shown = ATOMS.test(name) || quoted ? name : `"${name.replace(/["\\]/g, '\\$&')}"`;
  return { address: m[2]!, header: `${shown} <${m[2]}>` };
}

/** UTF-8 bytes per encoded word: 39 bytes are 52 base64 characters, a 64-character word (73 on the Subject line). */
const WORD_BYTES = 39;

function encodedSubject(subject: string): string {
  const flat = subject.replace(/[\r\n\t]+/g, ' ').trim();
  if (PRINTABLE.test(flat) && flat.length <= 68 && !flat.includes('=?')) return flat;
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  // Whole characters per word: a word must not split a UTF-8 sequence.
  for (const ch of flat) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += ch;
    bytes += n;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

const two = (n: number) => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322's date-time, in UTC. */
export const mailDate = (d: Date) =>
  `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;

/** The message and its envelope, or undefined when an address needs nodemailer's handling. */
export function plainTextMessage(m: PlainMail, date: Date, id: string = randomUUID()): RawMail | undefined {
  const from = mailbox(m.from);
  const to = m.to.trim();
  if (!from || !PRINTABLE.test(to) || !MAILBOX.test(to)) return undefined;
  const body = Buffer.from(m.text.replace(/\r?\n/g, '\r\n')).toString('base64').replace(/.{76}/g, '$&\r\n');
  const raw = [
    `From: ${from.header}`,
    `To: ${to}`,
    `Subject: ${encodedSubject(m.subject)}`,
    `Date: ${mailDate(date)}`,
    `Message-ID: <${id}@${from.address.slice(from.address.lastIndexOf('@') + 1)}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body.endsWith('\r\n') ? body : `${body}\r\n`,
  ].join('\r\n');
  return { envelope: { from: from.address, to: [to] }, raw };
}
