import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The SSRF guard of webhooks (issue 14): a webhook may not reach loopback, private, link-local (the
 * cloud metadata service, 169.254.169.254), shared, multicast or reserved addresses unless
 * ARCHGATE_WEBHOOK_ALLOW names them. The check is on the resolved address, at registration and again
 * at every delivery, and the delivery connects to the very address checked (no second lookup a DNS
 * answer could change in between).
 */

const INTERNAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2002::', 16],
] as const) {
  INTERNAL.addSubnet(net, bits, 'ipv6');
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d, or ::ffff:7f00:1 as URL parsers write it) as the IPv4 it is. */
export function unmapped(address: string): string {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return address;
  const hi = Number.parseInt(hex[1]!, 16);
  const lo = Number.parseInt(hex[2]!, 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Why an address may not be reached, or undefined when it may. */
export function refusal(address: string, allow: BlockList): string | undefined {
  const a = unmapped(address);
  const family = isIP(a) === 6 ? 'ipv6' : 'ipv4';
  if (allow.check(a, family)) return undefined;
  return INTERNAL.check(a, family) ? `${a} is a loopback, private, link-local or reserved address (see ARCHGATE_WEBHOOK_ALLOW)` : undefined;
}

export class RefusedAddress extends Error {}

/** A URL's host, without the brackets of an IPv6 literal. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * Resolves the URL's host and answers the address to connect to; refuses a URL that is not http(s) or
 * whose host resolves to any refused address (one bad answer among good ones is refused too).
 */
export async function resolveAllowed(url: URL, allow: BlockList): Promise<{ address: string; family: 4 | 6 }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RefusedAddress(`only http and https URLs are allowed, not ${url.protocol}`);
  const host = hostOf(url);
  let answers: { address: string; family: number }[];
  try {
    answers = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  } catch (err) {
    throw new RefusedAddress(`${host} cannot be resolved (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (answers.length === 0) throw new RefusedAddress(`${host} cannot be resolved`);
  for (const a of answers) {
    const why = refusal(a.address, allow);
    if (why) throw new RefusedAddress(why);
  }
  const first = answers[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
