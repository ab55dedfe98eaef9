import { listApprovals } from '../store/approvals.js';
import type { Caller, Services } from '../services.js';
import type { SearchApprovalsQuery } from '../api/wire/approvals.js';
import { roundOffset } from '../domain/paging.js';

/** SearchApprovals (docs/API.md §3.1). */
export async function searchApprovals(s: Services, caller: Caller, q: SearchApprovalsQuery) {
  const limit = q.limit ?? 50;
  return listApprovals(s.store.db, caller.tenant, {
    bizId: q.biz_id, name: q.name, createBy: q.create_by, approver: q.approver,
    approvalStatus: q.approval_status, approvalStatusDetail: q.approval_status_detail,
    approvalType: q.approval_type, bizType: q.biz_type,
    beginTime: q.begin_time && new Date(q.begin_time).toISOString(),
    endTime: q.end_time && new Date(q.end_time).toISOString(),
    limit, offset: roundOffset(q.offset ?? 0, limit),
  });
}
