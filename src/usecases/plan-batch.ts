import type { ApprovalType } from '../domain/enums.js';
import type { Env, WorkspaceMode } from '../domain/environments.js';
import { remarkText } from '../domain/lifecycle.js';
import { planSubmit, stateOf, type SubmitPlan } from '../domain/plans.js';
import { batchOrder, checkOffline, checkPublish } from '../domain/references.js';
import { pendingObjects } from '../store/approvals.js';
import type { Tx } from '../store/db.js';
import { getEdits, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Tenant } from '../store/tenant.js';
import { loadBatchGraph } from './reference-graph.js';

export interface PlanContext {
  tenant: Tenant;
  mode: WorkspaceMode;
  enforceReferences: boolean;
}

/** The batch to plan: its objects (loaded, and locked by a writer), in the order they were named. */
export interface BatchToPlan {
  type: ApprovalType;
  ids: readonly string[];
  objects: Map<string, ObjectRow>;
  /** The environments each item asks for. */
  envsOf: (id: string) => Set<Env>;
  /** A scheduled batch being run: its own applications do not count as pending. */
  exceptGroup?: string;
}

export type ItemOutcome = { ok: true; plan: Extract<SubmitPlan, { ok: true }> } | { ok: false; remark: string };

export interface PlannedItem {
  obj: ObjectRow;
  edit: EditRow | undefined;
  envs: Set<Env>;
  outcome: ItemOutcome;
}

/**
 * Decides every item of a batch, in the order the reference rules need (parents first on publish,
 * dependants first on offline): the lifecycle first, then, where the workspace enforces them, the
 * references. Reads the pending edits and applications it needs and writes nothing: submission, a
 * scheduled run and the impact preview all use it.
 */
export async function planBatch(tx: Tx, ctx: PlanContext, batch: BatchToPlan): Promise<PlannedItem[]> {
  const { type, ids, objects } = batch;
  const edits = await getEdits(tx, ids);
  const pending = await pendingObjects(tx, ids, batch.exceptGroup);
  const graph = ctx.enforceReferences ? await loadBatchGraph(tx, ctx.tenant, type, objects, edits) : undefined;
  const order = graph ? batchOrder(type, ids, graph.within) : ids;
  const passed = new Set<string>();
  return order.map((id) => {
    const obj = objects.get(id)!;
    const edit = edits.get(id);
    const envs = batch.envsOf(id);
    const plan = planSubmit(type, stateOf(obj, edit), ctx.mode, envs);
    let outcome: ItemOutcome;
    if (!plan.ok) outcome = { ok: false, remark: remarkText(plan.remark, obj.name_en) };
    // The lifecycle's own remark wins; a scheduled application that has not run yet is the only way to be
    // under review while the object's status does not say so.
    else if (pending.has(id)) outcome = { ok: false, remark: remarkText('UNDER_REVIEW', obj.name_en) };
    else {
      const refs = graph
        ? (type === 'PUBLISH' ? checkPublish : checkOffline)(obj.name_en, graph.neighbours.get(id) ?? [], passed)
        : { ok: true as const };
      outcome = refs.ok ? { ok: true, plan } : { ok: false, remark: refs.remark };
    }
    if (outcome.ok) passed.add(id);
    return { obj, edit, envs, outcome };
  });
}
