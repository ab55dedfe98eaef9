import { checkBatchSize } from '../domain/batch-limits.js';
import { DomainError } from '../domain/errors.js';
import { inTransaction, type OpenTx, type Tx } from '../store/db.js';
import type { Caller, Services } from '../services.js';
import { batchAudit, recordAudit } from './audit.js';
import { notifySubmission } from './notify.js';
import { offlineClosure, previewImpact } from './impact.js';
import { planBatch } from './plan-batch.js';
import type { BatchOutcome } from './record-batch.js';
import { recordSubmission } from './record-submission.js';
import { loadObjects, namedIds, requireApprover, startSubmission, type BatchRequest } from './submit-batch.js';

export interface BatchOfflineInput {
  request: BatchRequest;
  /** archgate extension: take the whole offline closure (every online dependant, transitively) offline too. */
  cascade?: boolean;
  /** archgate extension: refuse the batch (409) when the impact preview no longer matches this token. */
  impactToken?: string;
}

/** The named objects, then (with a cascade) every online dependant not named, within the batch size. */
async function idsToTakeOffline(tx: Tx, caller: Caller, input: BatchOfflineInput): Promise<string[]> {
  const ids = namedIds(input.request);
  if (!input.cascade) return ids;
  const named = new Set(ids);
  ids.push(...(await offlineClosure(tx, caller.tenant, ids)).filter((id) => !named.has(id)));
  checkBatchSize(ids.length);
  return ids;
}

/**
 * BatchOffline (docs/API.md §3.5, §6): as batchPublish (usecases/batch-publish.ts), taking objects offline,
 * with two archgate extensions: a cascade, and an impact token that refuses the batch when the graph
 * changed since the preview.
 */
export async function batchOffline(
  outer: OpenTx | undefined,
  s: Services,
  caller: Caller,
  input: BatchOfflineInput,
): Promise<BatchOutcome> {
  const { request } = input;
  const sub = startSubmission(s, 'OFFLINE', request);
  return inTransaction(s.store, outer, async (tx) => {
    const approver = await requireApprover(tx, caller, sub);
    const ids = await idsToTakeOffline(tx, caller, input);
    const objects = await loadObjects(tx, caller, request, ids);
    if (
      input.impactToken !== undefined &&
      (await previewImpact(tx, caller, 'OFFLINE', request.biz_infos)).impact_token !== input.impactToken
    ) {
      throw new DomainError('IMPACT_CHANGED');
    }
    const planned = await planBatch(tx, caller, { type: 'OFFLINE', ids, objects, envsOf: sub.envsOf });
    const outcome = await recordSubmission(tx, s, caller, { ...sub, approver, planned });
    await notifySubmission(tx, s, caller, outcome, { ...sub, approver });
    await recordAudit(tx, s, caller, batchAudit('BatchOffline', outcome));
    return outcome;
  });
}
