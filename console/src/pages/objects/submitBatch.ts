import { type Api, showApiError, unwrap } from '../../api/client';
import { type ApprovalChoice, toScheduleTime } from './ApprovalStep';
import { mergeBatches, runInBatches } from './split';
import type { BatchAction, BatchItemVO, BatchOperationVO, Picked } from './wire';

export interface Submitted {
  groupIds: string[];
  result: BatchOperationVO;
  /** Objects never sent because a call was refused midway (its error was shown); the earlier calls stand. */
  unsent: number;
}

interface Options {
  api: Api;
  projectId: string;
  user: { id: string; name: string };
  action: BatchAction;
  picked: readonly Picked[];
  choice: ApprovalChoice;
  cascade: boolean;
  /** The preview's token, when the preview was one call: the server then refuses the batch if the graph changed since. */
  impactToken?: string;
  onProgress: (done: number, total: number) => void;
}

/**
 * Sends the batch, split into calls of at most 10,000. A preview token binds only a single call: a
 * later slice's graph is changed by the earlier slices themselves, so its token would always be stale.
 * A call refused after others went through does not hide what those did: their items are the result.
 */
export async function submitBatch(o: Options): Promise<Submitted> {
  const approver = o.choice.mode === 'fast' ? { userId: o.user.id, userName: o.user.name } : o.choice.approver;
  if (!approver) throw new Error('no approver chosen');
  const schedule = toScheduleTime(o.choice.time);
  const answers: BatchOperationVO[] = [];
  let sent = 0;
  const send = async (slice: Picked[], i: number) => {
    const body = {
      biz_infos: slice.map((p) => ({ biz_id: p.biz_id, biz_type: p.biz_type })),
      approver_user_id: approver.userId,
      approver_user_name: approver.userName,
      fast_approval: o.choice.mode === 'fast',
      ...(schedule ? { schedule_time: schedule } : {}),
    };
    const path = { project_id: o.projectId };
    let answer: BatchOperationVO;
    if (o.action === 'PUBLISH') {
      answer = unwrap(await o.api.POST('/v2/{project_id}/design/approvals/batch-publish', { params: { path }, body })).data.value;
    } else {
      const token = i === 0 && o.picked.length === slice.length ? o.impactToken : undefined;
      const query = { ...(o.cascade ? { cascade: true } : {}), ...(token ? { impact_token: token } : {}) };
      answer = unwrap(await o.api.POST('/v2/{project_id}/design/approvals/batch-offline', { params: { path, query }, body })).data.value;
    }
    answers.push(answer);
    sent += slice.length;
  };
  try {
    await runInBatches(o.picked, send, o.onProgress);
  } catch (err) {
    if (answers.length === 0) throw err;
    showApiError(err);
  }
  const { groupIds, merged } = mergeBatches<BatchItemVO, BatchOperationVO>(answers);
  return { groupIds, result: merged, unsent: o.picked.length - sent };
}
