import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import type { ApprovalType } from '../domain/enums.js';
import { requestedEnvs } from '../domain/environments.js';
import type { Tx } from '../store/db.js';
import { getObjects } from '../store/objects.js';
import type { Tenant } from '../store/tenant.js';
import type { Caller } from '../services.js';
import { planBatch } from './plan-batch.js';
import { nodeOf, walk, type Reached } from './reference-graph.js';

/** What ArchgatePreviewImpact is asked: the batch's action and its objects. */
export interface ImpactRequest {
  action: ApprovalType;
  biz_infos: readonly ImpactItem[];
}
export interface ImpactItem {
  biz_id: string;
  biz_type: string;
  env_type?: string | null;
}

export interface TreeNode {
  biz_id: string;
  biz_type: string;
  name: string;
  status: string;
  depth: number;
  children: TreeNode[];
}

export interface Impact {
  action: ApprovalType;
  order: string[];
  items: { biz_id: string; biz_type: string; name: string; passes: boolean; remark: string }[];
  tree: TreeNode[];
  closure: { biz_id: string; biz_type: string; name: string; status: string; depth: number }[];
  impact_token: string;
}

/** Every online object that depends on these, transitively: what a cascade takes offline with them. */
export async function offlineClosure(tx: Tx, t: Tenant, ids: readonly string[]): Promise<string[]> {
  return [...(await walk(tx, t, 'OFFLINE', ids)).keys()];
}

/**
 * archgate extension: what a batch would do, before it does it. For OFFLINE, every online dependant as
 * a tree (each reached once, at its shortest depth) and the closure that would have to go offline
 * together; for PUBLISH, every unpublished object that must be published first. The token fingerprints
 * the plan and the part of the graph it looked at, so that a later batch can insist nothing changed.
 */
export async function previewImpact(tx: Tx, caller: Caller, action: ApprovalType, bizInfos: readonly ImpactItem[]): Promise<Impact> {
  const t = caller.tenant;
  const ids = bizInfos.map((b) => b.biz_id);
  const objects = await getObjects(tx, t, ids, false);
  for (const b of bizInfos) {
    const o = objects.get(b.biz_id);
    if (!o || o.biz_type !== b.biz_type) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: b.biz_type, id: b.biz_id });
  }
  const envOf = new Map(bizInfos.map((b) => [b.biz_id, b.env_type ?? undefined]));
  const planned = await planBatch(tx, caller, { type: action, ids, objects, envsOf: (id) => requestedEnvs(envOf.get(id), undefined) });
  const reached = await walk(tx, t, action, ids);

  const children = new Map<string, Reached[]>();
  for (const r of reached.values()) children.set(r.via, [...(children.get(r.via) ?? []), r]);
  const grow = (id: string): TreeNode[] =>
    (children.get(id) ?? [])
      .sort((a, b) => a.node.name.localeCompare(b.node.name))
      .map((r) => ({
        biz_id: r.node.id,
        biz_type: r.node.bizType,
        name: r.node.name,
        status: r.node.status,
        depth: r.depth,
        children: grow(r.node.id),
      }));
  const roots = ids.map((id) => nodeOf(objects.get(id)!));
  const closure = [
    ...roots.map((n) => ({ biz_id: n.id, biz_type: n.bizType, name: n.name, status: n.status, depth: 0 })),
    ...[...reached.values()]
      .sort((a, b) => a.depth - b.depth || a.node.id.localeCompare(b.node.id))
      .map((r) => ({ biz_id: r.node.id, biz_type: r.node.bizType, name: r.node.name, status: r.node.status, depth: r.depth })),
  ];
  const items = planned.map((p) => ({
    biz_id: p.obj.id,
    biz_type: p.obj.biz_type,
    name: p.obj.name_en,
    passes: p.outcome.ok,
    remark: p.outcome.ok ? 'PASSED' : p.outcome.remark,
  }));
  const fingerprint = JSON.stringify([
    action,
    [...ids].sort(),
    items,
    [...closure].sort((a, b) => a.biz_id.localeCompare(b.biz_id)).map((c) => [c.biz_id, c.status, c.depth]),
  ]);
  return {
    action,
    order: planned.map((p) => p.obj.id),
    items,
    tree: roots.map((r) => ({ biz_id: r.id, biz_type: r.bizType, name: r.name, status: r.status, depth: 0, children: grow(r.id) })),
    closure,
    impact_token: createHash('sha256').update(fingerprint).digest('hex').slice(0, 32),
  };
}
