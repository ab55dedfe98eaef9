import { inTransaction, type OpenTx } from '../store/db.js';
import type { Caller, Services } from '../services.js';
import { batchAudit, recordAudit } from './audit.js';
import { notifySubmission } from './notify.js';
import { planBatch } from './plan-batch.js';
import type { BatchOutcome } from './record-batch.js';
import { recordSubmission } from './record-submission.js';
import { loadObjects, namedIds, requireApprover, startSubmission, type BatchRequest } from './submit-batch.js';

/**
 * BatchPublish (docs/API.md §3.4, §6): every named object is checked on its own and the batch is recorded
 * with one result per item, all in one transaction. Unknown objects, an unregistered approver or a fast
 * approval by a non-approver refuse the whole request before anything is written. With `schedule_time`
 * the batch and its applications are recorded now, its items read RUNNING, and the state changes wait
 * for the scheduler.
 */
export async function batchPublish(outer: OpenTx | undefined, s: Services, caller: Caller, request: BatchRequest): Promise<BatchOutcome> {
  const sub = startSubmission(s, 'PUBLISH', request);
  return inTransaction(s.store, outer, async (tx) => {
    const approver = await requireApprover(tx, caller, sub);
    const ids = namedIds(request);
    const objects = await loadObjects(tx, caller, request, ids);
    const planned = await planBatch(tx, caller, { type: 'PUBLISH', ids, objects, envsOf: sub.envsOf });
    const outcome = await recordSubmission(tx, s, caller, { ...sub, approver, planned });
    await notifySubmission(tx, s, caller, outcome, { ...sub, approver });
    await recordAudit(tx, s, caller, batchAudit('BatchPublish', outcome));
    return outcome;
  });
}
