import { auditHash, auditPageAfter, getAuditHead } from './audit.js';
import type { Tx } from './db.js';

/**
 * Why a record breaks the chain: `changed`, its fields no longer give its hash (or the head's); `removed`,
 * its seq is missing; `inserted`, it lies outside the chain the head describes; `unlinked`, it does not
 * name the hash of the record before it (that one or this one was rewritten, hash and all).
 */
export type AuditBreak = 'changed' | 'removed' | 'inserted' | 'unlinked';

export interface AuditVerdict {
  ok: boolean;
  /** Records read and found sound before the first bad one (all of them when ok). */
  checked: number;
  first_bad?: { seq: number; reason: AuditBreak };
}

const PAGE = 1000;

/**
 * Walks a project's chain from its anchor, a keyset page at a time (memory stays constant), and names
 * the first record that was changed, removed or inserted. The head (last seq and hash) bounds the chain
 * at its end, so that removing the newest records, or appending forged ones, shows too.
 */
export async function verifyAuditChain(db: Tx, projectId: string): Promise<AuditVerdict> {
  const head = await getAuditHead(db, projectId);
  let expectedSeq = head?.anchor_seq ?? 1;
  let expectedPrev = head?.anchor_hash ?? '';
  const lastSeq = head?.last_seq ?? 0;
  let checked = 0;
  const bad = (seq: number, reason: AuditBreak): AuditVerdict => ({ ok: false, checked, first_bad: { seq, reason } });
  for (let after = 0; ; ) {
    const page = await auditPageAfter(db, projectId, after, PAGE);
    for (const r of page) {
      if (r.seq < expectedSeq || r.seq > lastSeq) return bad(r.seq, 'inserted');
      if (r.seq > expectedSeq) return bad(expectedSeq, 'removed');
      if (auditHash(r) !== r.hash) return bad(r.seq, 'changed');
      if (r.prev_hash !== expectedPrev) return bad(r.seq, 'unlinked');
      if (r.seq === lastSeq && r.hash !== head?.last_hash) return bad(r.seq, 'changed');
      checked++;
      expectedSeq = r.seq + 1;
      expectedPrev = r.hash;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.seq;
  }
  if (expectedSeq <= lastSeq) return bad(expectedSeq, 'removed');
  return { ok: true, checked };
}
