import type { AuditRow } from '../usecases/audit-read.js';
import type { AuditRecordVO } from './wire/audit.js';

/** An audit record as the API shows it: targets and outcome parsed from the JSON text they are kept (and hashed) as. */
export function toAuditRecordVO(r: AuditRow): AuditRecordVO {
  return {
    seq: r.seq,
    time: r.time,
    project_id: r.project_id,
    workspace_id: r.workspace_id,
    user_id: r.user_id,
    user_name: r.user_name,
    auth: r.auth,
    access_key: r.access_key,
    source_ip: r.source_ip,
    request_id: r.request_id,
    operation: r.operation,
    targets: JSON.parse(r.targets),
    outcome: JSON.parse(r.outcome),
    prev_hash: r.prev_hash,
    hash: r.hash,
  };
}
