import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { BlockList } from 'node:net';
import { hostOf, resolveAllowed } from './address-guard.js';

/** A receiver gets this long for the whole exchange (connect, send, answer). */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** The answer is read only this far: the status is what counts. */
const MAX_ANSWER_BYTES = 16 * 1024;

/**
 * Connections are kept alive between deliveries: most go to a few receivers, and a new connection per
 * delivery cost more than the delivery (a quarter of an offline2 request's CPU with three events each).
 * Every new connection goes through the guard's lookup below, so a pooled one was made to an address the
 * guard admitted, and reusing it never reaches another. Idle ones are closed after the timeout.
 */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 16, timeout: WEBHOOK_TIMEOUT_MS }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 16, timeout: WEBHOOK_TIMEOUT_MS }),
};

export interface PostResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/**
 * POSTs a webhook body. Redirects are answers, not followed (a 3xx fails the attempt), so a receiver
 * cannot send archgate on to another host; the connection goes to the address the guard checked.
 */
export async function postWebhook(target: string, body: string, headers: Record<string, string>, allow: BlockList): Promise<PostResult> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { ok: false, statusCode: null, error: 'not a URL' };
  }
  let pinned: { address: string; family: 4 | 6 };
  try {
    pinned = await resolveAllowed(url, allow);
  } catch (err) {
    return { ok: false, statusCode: null, error: (err as Error).message };
  }
  const lookup: LookupFunction = (_host, opts, cb) => {
    if (opts.all) (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<PostResult>((resolve) => {
    let done = false;
    const finish = (r: PostResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        agent: url.protocol === 'https:' ? AGENTS['https:'] : AGENTS['http:'],
        lookup,
        servername: hostOf(url),
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'archgate-webhook/1',
          ...headers,
        },
      },
      (res) => {
        const code = res.statusCode ?? 0;
        let read = 0;
        res.on('data', (b: Buffer) => {
          read += b.length;
          if (read > MAX_ANSWER_BYTES) res.destroy();
        });
        const settle = () => {
          if (code >= 200 && code < 300) finish({ ok: true, statusCode: code, error: null });
          else if (code >= 300 && code < 400) finish({ ok: false, statusCode: code, error: 'redirect not followed' });
          else finish({ ok: false, statusCode: code, error: `answered ${code}` });
        };
        res.on('end', settle);
        res.on('close', settle);
        res.on('error', settle);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, statusCode: null, error: `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` });
    }, WEBHOOK_TIMEOUT_MS);
    req.on('error', (err) => finish({ ok: false, statusCode: null, error: err.message }));
    req.end(body);
  });
}
