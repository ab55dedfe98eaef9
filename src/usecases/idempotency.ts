import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { claimKey, findKey, storeResponse } from '../store/idempotency.js';
import type { Caller, Services } from '../services.js';
import { transact, type OpenTx } from '../store/db.js';

export const KEY_TTL_MS = 24 * 60 * 60 * 1000;

export interface Outcome {
  status: number;
  body: unknown;
  replayed?: boolean;
}

/** A request with its `Idempotency-Key` and the hash of what it asks (requestHash), or one without a key. */
export type KeyedRequest = { key: undefined } | { key: string; hash: string };

/** What makes two requests "the same": method, path, query and the body's bytes. */
export function requestHash(method: string, url: string, body: Buffer | undefined): string {
  return createHash('sha256')
    .update(`${method} ${url}\n`)
    .update(body ?? Buffer.alloc(0))
    .digest('hex');
}

/**
 * `Idempotency-Key`: the first request with a key runs, and its answer is stored in the same transaction
 * as its writes; a repeat with the same request gets that answer back and changes nothing; the same key
 * with another request is a 409. Keys are scoped to the tenant and the user, and last 24 hours. A request
 * that fails with an error stores nothing, so that a retry runs again.
 */
export async function idempotent(
  s: Services,
  caller: Caller,
  req: KeyedRequest,
  run: (tx: OpenTx | undefined) => Promise<Outcome>,
): Promise<Outcome> {
  if (req.key === undefined) return run(undefined);
  const { key, hash } = req;
  if (key === '' || key.length > 255) throw new DomainError('INVALID_PARAMETER', { detail: 'Idempotency-Key must be 1 to 255 characters' });
  const id = { project_id: caller.tenant.projectId, workspace_id: caller.tenant.workspaceId, user_id: caller.userId, key };
  return transact(s.store, async (tx) => {
    const now = s.clock.now();
    if (!(await claimKey(tx, id, { requestHash: hash, nowIso: isoUtc(now), expiresIso: isoUtc(new Date(now.getTime() + KEY_TTL_MS)) }))) {
      const stored = await findKey(tx, id);
      if (!stored || stored.request_hash !== hash) throw new DomainError('IDEMPOTENCY_MISMATCH', { key });
      return { status: stored.status_code, body: stored.response, replayed: true };
    }
    const out = await run(tx);
    await storeResponse(tx, id, out.status, out.body);
    return out;
  });
}
