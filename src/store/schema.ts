import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ApprovalStatus, ApprovalType, BizStatus, BizType, EnvType, OperationStatus, Role, UserType } from '../domain/enums.js';
import type { WorkspaceMode } from '../domain/environments.js';
import type { NotificationTables } from './notification-schema.js';

/**
 * Kysely table types, as Kysely advises: a table interface describes the columns (enum columns as unions,
 * columns the database fills as `Generated`), and the row types below are derived from it: `Selectable`
 * for what a query reads, `Insertable` for what an insert takes, `Updateable` for a partial update. Every
 * id is TEXT (19-digit snowflakes exceed 2^53), every time is an ISO-8601 UTC string with milliseconds
 * (it sorts as text on both engines), every flag is 0/1. JSON columns are TEXT here; the store parses
 * them where it reads them (see objects.ts and approvals.ts), nowhere else.
 */

/** A pending edit: a draft, under review, or refused (a merged one is gone). */
export type EditStatus = 'DRAFT' | 'PUBLISH_DEVELOPING' | 'REJECT';
export type BatchOperationType = ApprovalType | 'APPROVAL';
export type JobState = 'ready' | 'running' | 'done';
export type AccessKeyStatus = 'active';
export type EdgeKind = 'parent' | 'reference';
export interface DomainTable {
  id: string;
  name: string;
  create_time: string;
}
export interface UserTable {
  id: string;
  domain_id: string;
  name: string;
  password_hash: string;
  create_time: string;
  is_domain_admin: number;
  /** Moves on at every password change: credentials issued against an older epoch are void. */
  credential_epoch: Generated<number>;
  /** Where the user is told of decisions on what they submitted (migration 008). */
  email: Generated<string | null>;
}
export interface ProjectTable {
  id: string;
  domain_id: string;
  name: string;
  create_time: string;
}
export interface WorkspaceTable {
  id: string;
  project_id: string;
  name: string;
  mode: WorkspaceMode;
  create_time: string;
  /** 1 when the reference rules apply to batches in this workspace (the default). */
  enforce_references: Generated<number>;
}
export interface MemberTable {
  workspace_id: string;
  user_id: string;
  role: Role;
}
export interface TokenTable {
  token_hash: string;
  user_id: string;
  project_id: string;
  issued_at: string;
  expires_at: string;
  /** The user's credential epoch when the password was verified. */
  credential_epoch: Generated<number>;
}
export interface ApproverTable {
  id: string;
  project_id: string;
  workspace_id: string;
  approver_name: string;
  user_id: string;
  user_name: string;
  email: string | null;
  phone_number: string | null;
  email_notify: number;
  sms_notify: number;
  app_name: string | null;
  topic_urn: string | null;
  user_type: UserType;
  create_by: string;
  create_time: string;
}
export interface ObjectTable {
  id: string;
  project_id: string;
  workspace_id: string;
  biz_type: BizType;
  name_en: string;
  name_ch: string | null;
  code: string | null;
  description: string | null;
  status: BizStatus;
  /** Status to return to when a pending approval is withdrawn or an offline request is rejected. */
  prior_status: BizStatus | null;
  parent_id: string | null;
  refs: string;
  biz_info: string;
  biz_version: number;
  env_type: EnvType | null;
  dev_version: number;
  prod_version: number;
  create_by: string;
  update_by: string;
  create_time: string;
  update_time: string;
}
/** A pending edit of a published object: the cloud's `new_biz` (BizVersionManageVO). */
export interface PendingEditTable {
  id: string;
  biz_id: string;
  biz_type: BizType;
  name_en: string;
  name_ch: string | null;
  code: string | null;
  description: string | null;
  parent_id: string | null;
  refs: string;
  biz_info: string;
  biz_version: number;
  status: EditStatus;
  create_by: string;
  create_time: string;
  update_time: string;
}
export interface ApprovalTable {
  id: string;
  project_id: string;
  workspace_id: string;
  group_id: string;
  biz_id: string;
  biz_type: BizType;
  name_en: string;
  name_ch: string | null;
  biz_info: string;
  biz_version: number;
  biz_status: BizStatus;
  approval_status: ApprovalStatus;
  approval_type: ApprovalType;
  submit_time: string;
  create_by: string;
  create_by_id: string;
  approval_time: string | null;
  approver: string;
  approver_user_id: string;
  email: string | null;
  msg: string | null;
  env_type: EnvType | null;
  /** 1 when the approval publishes a pending edit rather than the object itself. */
  is_edit: number;
  l1: string | null;
  l2: string | null;
  l3: string | null;
  directory_path: string | null;
}
export interface BatchTable {
  group_id: string;
  project_id: string;
  workspace_id: string;
  operation_type: BatchOperationType;
  operation_status: OperationStatus;
  create_by: string;
  total: number;
  success: number;
  failed: number;
  create_time: string;
  /** Scheduled batches: when their state changes run, and the request they run. */
  run_at: string | null;
  request: string | null;
}
export interface BatchItemTable {
  id: string;
  group_id: string;
  seq: number;
  biz_id: string | null;
  biz_name: string | null;
  operation_status: OperationStatus;
  remark: string;
  biz_info: string;
  biz_type: BizType | null;
}
export interface WorkerLeaseTable {
  worker_id: number;
  node_id: string;
  expires_at: string;
}
export interface JobTable {
  id: string;
  kind: 'batch';
  ref: string;
  run_at: string;
  state: JobState;
  locked_by: string | null;
  locked_until: string | null;
  attempts: number;
  create_time: string;
}
export interface IdempotencyKeyTable {
  project_id: string;
  workspace_id: string;
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  expires_at: string;
}
export interface SettingTable {
  name: string;
  value: string;
}
export interface ObjectEdgeTable {
  src: string;
  dst: string;
  kind: EdgeKind;
}
export interface CounterTable {
  name: string;
  value: number;
}
export interface AccessKeyTable {
  access: string;
  user_id: string;
  secret_sealed: string;
  description: string | null;
  status: AccessKeyStatus;
  create_time: string;
  last_use_time: string | null;
  project_id: string | null;
  security_token_hash: string | null;
  expires_at: string | null;
  /** The user's credential epoch when the key was made. */
  credential_epoch: Generated<number>;
}
/** Failed password verifications of one scope (`user:<id>` or `source:<address>`) in its current window. */
export interface LoginFailureTable {
  scope: string;
  failures: number;
  pending: number;
  window_start: string;
  locked_until: string | null;
}
/** One audit record (migration 007_audit; store/audit.ts). */
export interface AuditRecordTable {
  project_id: string;
  seq: number;
  time: string;
  user_id: string;
  user_name: string;
  /** How the caller authenticated: token, permanent-key, temporary-key, password, or none (a failure). */
  auth: string;
  access_key: string | null;
  source_ip: string | null;
  request_id: string | null;
  operation: string;
  workspace_id: string | null;
  /** JSON: [{id, before, after}]. */
  targets: string;
  outcome: string;
  prev_hash: string;
  hash: string;
}
export interface AuditHeadTable {
  project_id: string;
  last_seq: number;
  last_hash: string;
  anchor_seq: number;
  anchor_hash: string;
}
export interface AkskFailureTable {
  access: string;
  failures: number;
  locked_until: string | null;
}

export interface DB extends NotificationTables {
  domains: DomainTable;
  users: UserTable;
  projects: ProjectTable;
  workspaces: WorkspaceTable;
  members: MemberTable;
  tokens: TokenTable;
  approvers: ApproverTable;
  objects: ObjectTable;
  pending_edits: PendingEditTable;
  approvals: ApprovalTable;
  batches: BatchTable;
  batch_items: BatchItemTable;
  counters: CounterTable;
  access_keys: AccessKeyTable;
  aksk_failures: AkskFailureTable;
  login_failures: LoginFailureTable;
  worker_leases: WorkerLeaseTable;
  jobs: JobTable;
  idempotency_keys: IdempotencyKeyTable;
  settings: SettingTable;
  object_edges: ObjectEdgeTable;
  audit_records: AuditRecordTable;
  audit_heads: AuditHeadTable;
}

/** What queries read (every column present), and what inserts and updates take. */
export type DomainRow = Selectable<DomainTable>;
export type NewDomain = Insertable<DomainTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type ProjectRow = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type WorkspaceRow = Selectable<WorkspaceTable>;
export type NewWorkspace = Insertable<WorkspaceTable>;
export type MemberRow = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type TokenRow = Selectable<TokenTable>;
export type NewToken = Insertable<TokenTable>;
export type ApproverRow = Selectable<ApproverTable>;
export type NewApprover = Insertable<ApproverTable>;
export type ObjectRow = Selectable<ObjectTable>;
export type ObjectUpdate = Updateable<ObjectTable>;
export type EditRow = Selectable<PendingEditTable>;
export type ApprovalRow = Selectable<ApprovalTable>;
export type NewApproval = Insertable<ApprovalTable>;
export type BatchRow = Selectable<BatchTable>;
export type NewBatch = Insertable<BatchTable>;
export type BatchItemRow = Selectable<BatchItemTable>;
export type NewBatchItem = Insertable<BatchItemTable>;
export type JobRow = Selectable<JobTable>;
export type AccessKeyRow = Selectable<AccessKeyTable>;
export type NewAccessKey = Insertable<AccessKeyTable>;
