import type { ApprovalType, BizStatus, EnvType } from './enums.js';
import { type Env, type WorkspaceMode, envTypeOf, envsOf, isSubset } from './environments.js';
import { DECIDE, DECIDE_EDIT, EDIT_SUBMIT, type Decision, type RemarkKey, SUBMIT } from './lifecycle.js';

/** What the domain needs to know of an object to decide what a request does to it. */
export interface ObjectState {
  status: BizStatus;
  prior_status: BizStatus | null;
  env_type: string | null;
  dev_version: number;
  prod_version: number;
  biz_version: number;
  edit: { status: string } | null;
}

export interface Placement {
  status: BizStatus;
  env_type: EnvType | null;
  dev_version: number;
  prod_version: number;
  biz_version: number;
}

export type SubmitPlan =
  | { ok: false; remark: RemarkKey }
  /** `onEdit`: the request publishes the object's pending edit, and the object itself stays PUBLISHED. */
  | { ok: true; onEdit: boolean; pendingStatus: BizStatus };

/**
 * The state the rules read, and nothing else: a batch asks it of 10,000 objects, and a copy of each whole
 * row (payload included) only to add `edit` was most of the garbage a batch left.
 */
export function stateOf(obj: Omit<ObjectState, 'edit'>, edit: { status: string } | null | undefined): ObjectState {
  return {
    status: obj.status,
    prior_status: obj.prior_status,
    env_type: obj.env_type,
    dev_version: obj.dev_version,
    prod_version: obj.prod_version,
    biz_version: obj.biz_version,
    edit: edit ?? null,
  };
}

/** docs/API.md §6 and §11.7: may this object be submitted for publishing or offline, and how. */
export function planSubmit(type: ApprovalType, obj: ObjectState, mode: WorkspaceMode, envs: Set<Env>): SubmitPlan {
  const online = envsOf(obj.env_type);
  if (type === 'PUBLISH' && obj.status === 'PUBLISHED') {
    if (obj.edit) {
      const rule = EDIT_SUBMIT[obj.edit.status as keyof typeof EDIT_SUBMIT] ?? { ok: false, remark: 'UNDER_REVIEW' };
      return rule.ok ? { ok: true, onEdit: true, pendingStatus: 'PUBLISHED' } : rule;
    }
    // Enterprise mode: publishing to an environment the object is not yet online in is a new publish.
    if (mode === 'enterprise' && !isSubset(envs, online)) {
      return { ok: true, onEdit: false, pendingStatus: 'PUBLISH_DEVELOPING' };
    }
    return { ok: false, remark: 'RELEASED' };
  }
  if (type === 'OFFLINE' && obj.status === 'PUBLISHED') {
    if (obj.edit?.status === 'PUBLISH_DEVELOPING') return { ok: false, remark: 'EDIT_PENDING' };
    if (mode === 'enterprise' && !isSubset(envs, online)) return { ok: false, remark: 'NOT_ONLINE' };
  }
  const rule = SUBMIT[type][obj.status];
  return rule.ok ? { ok: true, onEdit: false, pendingStatus: rule.pending } : rule;
}

/** Where an approved request leaves the object: environments added or removed, versions counted. */
export function placeApproved(type: ApprovalType, obj: ObjectState, mode: WorkspaceMode, envs: Set<Env>): Placement {
  const base = { dev_version: obj.dev_version, prod_version: obj.prod_version, biz_version: obj.biz_version };
  if (type === 'PUBLISH') {
    if (mode === 'simple') return { ...base, status: 'PUBLISHED', env_type: null, biz_version: obj.biz_version + 1 };
    const online = envsOf(obj.env_type);
    for (const e of envs) online.add(e);
    return {
      status: 'PUBLISHED',
      env_type: envTypeOf(online),
      biz_version: obj.biz_version + 1,
      dev_version: obj.dev_version + (envs.has('dev') ? 1 : 0),
      prod_version: obj.prod_version + (envs.has('prod') ? 1 : 0),
    };
  }
  if (mode === 'simple') return { ...base, status: 'OFFLINE', env_type: null };
  const online = envsOf(obj.env_type);
  for (const e of envs) online.delete(e);
  return { ...base, status: online.size ? 'PUBLISHED' : DECIDE.OFFLINE.resolve, env_type: envTypeOf(online) };
}

/** The object status a reject or withdraw returns to (resolve goes through placeApproved). */
export function statusAfterDecision(type: ApprovalType, decision: Exclude<Decision, 'resolve'>, obj: ObjectState): BizStatus {
  const target = DECIDE[type][decision];
  if (target !== 'PRIOR') return target;
  return obj.prior_status ?? 'DRAFT';
}

export const editAfterDecision = (decision: Decision) => DECIDE_EDIT[decision];
