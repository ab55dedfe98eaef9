import { summarize } from '../domain/batch-result.js';
import { rfc3339InZone } from '../domain/time.js';
import type { ApprovalRow } from '../store/approvals.js';
import type { ApproverRow } from '../store/approvers.js';
import type { EditRow, ObjectRow } from '../store/objects.js';
import { type Tenant, tenantId } from '../store/tenant.js';
import type { BatchOutcome } from '../usecases/submit-batch.js';
import type { ApprovalVO } from './wire/approvals.js';
import type { ApproverVO } from './wire/approvers.js';
import type { BatchOperationVO } from './wire/batch.js';
import type { ObjectVO } from './wire/objects.js';
import { parseStored } from './wire/bounds.js';

/** Domain results to wire shapes: ids as strings, composite tenant ids, times as the cloud shows them. */

export const ok = <T>(value: T) => ({ data: { value } });

export function toBatchVO(t: Tenant, b: BatchOutcome): BatchOperationVO {
  const tid = tenantId(t);
  const sum = summarize(b.items);
  return {
    id: null, tenant_id: tid, group_id: b.groupId, biz_name: null, biz_id: null,
    operation_status: sum.operation_status, operation_type: b.operationType, biz_info: null,
    create_by: b.createBy, remark: null, total: sum.total, success: sum.success, failed: sum.failed,
    rate: sum.rate, logs: null,
    groups: b.items.map((it) => ({
      id: it.id, tenant_id: tid, group_id: b.groupId, biz_name: it.biz_name, biz_id: it.biz_id,
      operation_status: it.operation_status, operation_type: b.operationType, biz_info: '{}',
      create_by: b.createBy, remark: it.remark, total: 0, success: 0, failed: 0, rate: null, logs: null,
      groups: null,
    })),
  };
}

export function toApprovalVO(a: ApprovalRow, tz: string): ApprovalVO {
  return {
    id: a.id, tenant_id: tenantId({ projectId: a.project_id, workspaceId: a.workspace_id }),
    name_ch: a.name_ch, name_en: a.name_en, biz_id: a.biz_id, biz_type: a.biz_type,
    biz_info: a.biz_info, biz_info_obj: parseStored(a.biz_info) as Record<string, unknown>,
    biz_version: a.biz_version, biz_status: a.biz_status as ApprovalVO['biz_status'],
    approval_status: a.approval_status as ApprovalVO['approval_status'],
    approval_type: a.approval_type as ApprovalVO['approval_type'],
    submit_time: rfc3339InZone(a.submit_time, tz)!, create_by: a.create_by,
    l1: a.l1, l2: a.l2, l3: a.l3, approval_time: rfc3339InZone(a.approval_time, tz), approver: a.approver,
    email: a.email, msg: a.msg, directory_path: a.directory_path,
  };
}

export function toApproverVO(a: ApproverRow): ApproverVO {
  return {
    id: a.id, approver_name: a.approver_name, user_id: a.user_id, user_name: a.user_name, email: a.email,
    phone_number: a.phone_number, user_type: a.user_type as ApproverVO['user_type'], create_by: a.create_by,
    create_time: a.create_time, app_name: a.app_name, topic_urn: a.topic_urn,
    project_id: tenantId({ projectId: a.project_id, workspaceId: a.workspace_id }),
  };
}

export function toEditVO(e: EditRow | undefined, tz: string) {
  if (!e) return null;
  return {
    id: e.id, biz_type: e.biz_type, biz_id: e.biz_id, biz_info: e.biz_info, status: e.status,
    biz_version: e.biz_version, create_time: rfc3339InZone(e.create_time, tz)!, update_time: rfc3339InZone(e.update_time, tz)!,
  };
}

export function toObjectVO(o: ObjectRow, edit: EditRow | undefined, tz: string): ObjectVO {
  return {
    id: o.id, biz_type: o.biz_type, name_en: o.name_en, name_ch: o.name_ch, code: o.code,
    description: o.description, status: o.status as ObjectVO['status'], parent_id: o.parent_id,
    references: JSON.parse(o.refs) as ObjectVO['references'], biz_info: parseStored(o.biz_info) as Record<string, unknown>,
    biz_version: o.biz_version, env_type: o.env_type, dev_version: o.dev_version, prod_version: o.prod_version,
    new_biz: toEditVO(edit, tz), create_by: o.create_by,
    create_time: rfc3339InZone(o.create_time, tz)!, update_time: rfc3339InZone(o.update_time, tz)!,
    tenant_id: tenantId({ projectId: o.project_id, workspaceId: o.workspace_id }),
  };
}
