import type { ApprovalStatus, ApprovalType, BizType } from '../domain/enums.js';
import { pageOf } from '../domain/paging.js';
import { listApprovals, type Approval } from '../store/approvals.js';
import type { Caller, Services } from '../services.js';

/** SearchApprovals' filters (docs/API.md §3.1); the wire query conforms to it. */
export interface SearchApprovalsInput {
  biz_id?: string;
  name?: string;
  create_by?: string;
  /** archgate extension: the submitter by IAM user id. */
  create_by_id?: string;
  approver?: string;
  /** archgate extension: the designated approver by IAM user id. */
  approver_user_id?: string;
  approval_status?: 'DEVELOPING' | 'FINISHED';
  approval_status_detail?: Exclude<ApprovalStatus, 'WITHDREW'>;
  approval_type?: ApprovalType;
  biz_type?: BizType;
  /** RFC 3339; the range applies only when both ends are given. */
  begin_time?: string;
  end_time?: string;
  limit?: number;
  offset?: number;
  /** archgate extension: by submit time, newest first unless 'asc'. */
  sort_order?: 'asc' | 'desc';
}

/** SearchApprovals (docs/API.md §3.1). */
export async function searchApprovals(
  s: Services,
  caller: Caller,
  q: SearchApprovalsInput,
): Promise<{ total: number; records: Approval[] }> {
  const { limit, offset } = pageOf(q);
  return listApprovals(s.store.db, caller.tenant, {
    bizId: q.biz_id,
    name: q.name,
    createBy: q.create_by,
    createById: q.create_by_id,
    approver: q.approver,
    approverUserId: q.approver_user_id,
    approvalStatus: q.approval_status,
    approvalStatusDetail: q.approval_status_detail,
    approvalType: q.approval_type,
    bizType: q.biz_type,
    beginTime: q.begin_time && new Date(q.begin_time).toISOString(),
    endTime: q.end_time && new Date(q.end_time).toISOString(),
    limit,
    offset,
    ascending: q.sort_order === 'asc' || undefined,
  });
}
