import { DomainError } from '../domain/errors.js';
import { isoUtc } from '../domain/time.js';
import { inTransaction, type OpenTx } from '../store/db.js';
import type { Caller, Services } from '../services.js';
import { applyDecision, loadApplications, type Loaded } from './decide-approvals.js';
import { changed, recordAudit } from './audit.js';
import { notifyWithdrawal } from './notify.js';

/** Only the submitter, or a workspace admin, withdraws; and only what is under review now. */
function checkWithdrawable(caller: Caller, l: Loaded) {
  for (const a of l.approvals) {
    if (caller.role !== 'admin' && a.create_by_id !== caller.userId) {
      throw new DomainError('FORBIDDEN', { detail: `only the submitter or a workspace admin may withdraw application ${a.id}` });
    }
    if (a.approval_status !== 'DEVELOPING') throw new DomainError('APPLICATION_PROCESSED', { id: a.id });
    if (l.scheduled.has(a.group_id)) throw new DomainError('APPLICATION_SCHEDULED', { id: a.id });
  }
}

/**
 * RollbackApproval (docs/API.md §3.2): the submitter, or a workspace admin, withdraws DEVELOPING applications.
 * The answer is a bare count, so a processed application refuses the whole request rather than
 * silently counting less.
 */
export async function rollbackApproval(outer: OpenTx | undefined, s: Services, caller: Caller, ids: readonly string[]): Promise<number> {
  return inTransaction(s.store, outer, async (tx) => {
    const l = await loadApplications(tx, caller, ids);
    checkWithdrawable(caller, l);
    const deciding = {
      decision: 'withdraw',
      msg: null,
      mode: caller.mode,
      userName: caller.userName,
      nowIso: isoUtc(s.clock.now()),
    } as const;
    for (const a of l.approvals) await applyDecision(tx, deciding, a, l);
    await notifyWithdrawal(tx, s, caller, l);
    await recordAudit(tx, s, caller, {
      operation: 'RollbackApproval',
      targets: l.approvals.map((a) => changed(a.id, 'DEVELOPING', 'WITHDREW')),
    });
    return l.approvals.length;
  });
}
