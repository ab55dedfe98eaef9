import { rfc3339InZone } from '../domain/time.js';
import type { Approval } from '../store/approvals.js';
import type { ApproverRow } from '../store/approvers.js';
import { tenantId } from '../store/tenant.js';
import type { ApprovalVO } from './wire/approvals.js';
import type { ApproverVO } from './wire/approvers.js';

/** Domain results to wire shapes: ids as strings, composite tenant ids, times as the cloud shows them. */

export const ok = <T>(value: T) => ({ data: { value } });

/** An application: its snapshot both as the text it was stored as and as an object (docs/API.md §4.4). */
export function toApprovalVO(a: Approval, tz: string): ApprovalVO {
  return {
    id: a.id,
    tenant_id: tenantId({ projectId: a.project_id, workspaceId: a.workspace_id }),
    name_ch: a.name_ch,
    name_en: a.name_en,
    biz_id: a.biz_id,
    biz_type: a.biz_type,
    biz_info: a.biz_info_text,
    biz_info_obj: a.biz_info,
    biz_version: a.biz_version,
    biz_status: a.biz_status,
    approval_status: a.approval_status,
    approval_type: a.approval_type,
    submit_time: rfc3339InZone(a.submit_time, tz)!,
    create_by: a.create_by,
    l1: a.l1,
    l2: a.l2,
    l3: a.l3,
    approval_time: rfc3339InZone(a.approval_time, tz),
    approver: a.approver,
    email: a.email,
    msg: a.msg,
    directory_path: a.directory_path,
  };
}

export function toApproverVO(a: ApproverRow): ApproverVO {
  return {
    id: a.id,
    approver_name: a.approver_name,
    user_id: a.user_id,
    user_name: a.user_name,
    email: a.email,
    phone_number: a.phone_number,
    user_type: a.user_type,
    create_by: a.create_by,
    create_time: a.create_time,
    app_name: a.app_name,
    topic_urn: a.topic_urn,
    project_id: tenantId({ projectId: a.project_id, workspaceId: a.workspace_id }),
  };
}
