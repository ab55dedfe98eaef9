import { checkBatchItems } from '../domain/batch-limits.js';
import { DomainError } from '../domain/errors.js';
import type { ApprovalType, BizType, EnvType } from '../domain/enums.js';
import { requestedEnvs, type Env } from '../domain/environments.js';
import { nextOccurrence } from '../domain/schedule.js';
import { findApproverByUser } from '../store/approvers.js';
import type { Tx } from '../store/db.js';
import { getObjects, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';

/**
 * What batch-publish and batch-offline share before they write: the request (ApprovalBatchParam, docs/API.md
 * §4.2, whose wire schema conforms to it), its checks, and the loading of the objects it names.
 */

export interface BatchItemRequest {
  biz_id: string;
  biz_type: BizType;
  env_type?: EnvType;
}

export interface BatchRequest {
  biz_infos: readonly BatchItemRequest[];
  approver_user_id: string;
  approver_user_name: string;
  email?: string | null;
  fast_approval?: boolean | null;
  /** `mm_hh`: record the batch now, and apply it at the next such time (docs/API.md §3.4). */
  schedule_time?: string | null;
  env_type?: EnvType | null;
}

/** A request that passed the checks that need no store: what it asks, and when it runs (null: now). */
export interface Submission {
  type: ApprovalType;
  request: BatchRequest;
  fast: boolean;
  runAt: Date | null;
  /** The env_type an item asks for: its own, else the request's. */
  envTypeOf: (id: string) => EnvType | undefined;
  envsOf: (id: string) => Set<Env>;
}

/** Validation that needs no store: size, duplicates, environments (docs/API.md R12, §11.7). */
export function startSubmission(s: Services, type: ApprovalType, request: BatchRequest): Submission {
  checkBatchItems(request.biz_infos, request.env_type);
  const runAt = request.schedule_time ? nextOccurrence(request.schedule_time, s.clock.now(), s.config.tz) : null;
  const named = new Map(request.biz_infos.map((b) => [b.biz_id, b.env_type]));
  const envTypeOf = (id: string) => named.get(id) ?? request.env_type ?? undefined;
  return { type, request, fast: request.fast_approval === true, runAt, envTypeOf, envsOf: (id) => requestedEnvs(envTypeOf(id), undefined) };
}

/** The ids the request names, in its order. */
export const namedIds = (request: BatchRequest): string[] => request.biz_infos.map((b) => b.biz_id);

/**
 * The registered approver the request names, after the caller's own registration when it asks for a
 * fast approval. docs/API.md §11.4: the caller's permission first (403), as the gateway checks it before
 * the body (400). Registrations are read FOR SHARE (PostgreSQL): a concurrent DeleteApprover waits for
 * this batch, or has committed and the batch is refused; no application is born naming a removed approver.
 */
export async function requireApprover(tx: Tx, caller: Caller, sub: Submission) {
  const t = caller.tenant;
  const wanted = sub.request.approver_user_id;
  const callerApprover = sub.fast ? await findApproverByUser(tx, t, caller.userId, true) : undefined;
  if (sub.fast && !callerApprover) throw new DomainError('FAST_APPROVAL_FORBIDDEN');
  // A fast approval usually names its own submitter as approver: one lookup then serves both checks.
  const approver = callerApprover && wanted === caller.userId ? callerApprover : await findApproverByUser(tx, t, wanted, true);
  if (!approver) throw new DomainError('APPROVER_NOT_REGISTERED', { user_id: wanted });
  return approver;
}

/**
 * Loads and locks the objects of the batch (`ids`: those named, and any the operation adds); an object
 * named that does not exist, or not with the type named, refuses the whole request.
 */
export async function loadObjects(tx: Tx, caller: Caller, request: BatchRequest, ids: readonly string[]): Promise<Map<string, ObjectRow>> {
  const objects = await getObjects(tx, caller.tenant, ids, true);
  for (const b of request.biz_infos) {
    const o = objects.get(b.biz_id);
    if (!o || o.biz_type !== b.biz_type) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: b.biz_type, id: b.biz_id });
  }
  return objects;
}
