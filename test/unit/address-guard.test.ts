import { describe, expect, it } from 'vitest';
import { refusal, unmapped } from '../../src/jobs/address-guard.js';
import { parseAllowList } from '../../src/notify-config.js';

describe('the webhook address guard', () => {
  const none = parseAllowList('');
  it.each([
    '127.0.0.1',
    '127.9.9.9',
    '::1',
    '10.0.0.1',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '224.0.0.1',
  ])('refuses %s by default', (a) => expect(refusal(a, none)).toMatch(/loopback, private, link-local or reserved/));
  it.each(['93.184.216.34', '2606:4700::1111', '8.8.8.8'])('lets public %s through', (a) => expect(refusal(a, none)).toBeUndefined());
  it('reads IPv4-mapped IPv6 as the IPv4 it is', () => {
    expect(unmapped('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(unmapped('::FFFF:10.0.0.1')).toBe('10.0.0.1');
  });
  it('lets the allow-list open single addresses and ranges, and nothing else', () => {
    const allow = parseAllowList('127.0.0.1, 10.1.0.0/16');
    expect(refusal('127.0.0.1', allow)).toBeUndefined();
    expect(refusal('::ffff:127.0.0.1', allow)).toBeUndefined();
    expect(refusal('10.1.200.3', allow)).toBeUndefined();
    expect(refusal('10.2.0.1', allow)).toBeDefined();
    expect(refusal('127.0.0.2', allow)).toBeDefined();
    expect(refusal('169.254.169.254', allow)).toBeDefined();
  });
  it('refuses an allow-list entry that is not an address or range', () => {
    expect(() => parseAllowList('intranet.example')).toThrow(/not an IP address or CIDR range/);
    expect(() => parseAllowList('10.0.0.0/33')).toThrow();
  });
});
