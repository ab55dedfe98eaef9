import type { ApprovalType } from '../domain/enums.js';
import { ONLINE, type RefNode } from '../domain/references.js';
import type { Tx } from '../store/db.js';
import { edgesOf, referencesOf, referrersOf } from '../store/edges.js';
import { getObjects, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Tenant } from '../store/tenant.js';

/** The part of the reference graph a batch needs, loaded from the store. */
export interface BatchGraph {
  /** PUBLISH: what each item references. OFFLINE: what references each item. */
  neighbours: Map<string, RefNode[]>;
  /** [referrer, referenced] pairs among the batch's own items, for ordering. */
  within: [string, string][];
}

export const nodeOf = (o: ObjectRow): RefNode => ({ id: o.id, bizType: o.biz_type, name: o.name_en, status: o.status });

/** An object's outgoing edges as its publish would leave them: a published object's pending edit wins. */
function outgoing(o: ObjectRow, edit: EditRow | undefined) {
  const src = edit && o.status === 'PUBLISHED' ? edit : o;
  return edgesOf(o.id, src.parent_id, src.refs);
}

export async function loadBatchGraph(
  tx: Tx,
  t: Tenant,
  type: ApprovalType,
  objects: Map<string, ObjectRow>,
  edits: Map<string, EditRow>,
): Promise<BatchGraph> {
  const ids = [...objects.keys()];
  const neighbours = new Map<string, RefNode[]>(ids.map((id) => [id, []]));
  const within: [string, string][] = [];
  if (type === 'PUBLISH') {
    const edges = [...objects.values()].flatMap((o) => outgoing(o, edits.get(o.id)));
    // Share-locked: an offline of a target waits for this batch to commit (and then sees its referrer
    // online), or goes first (and this batch sees the target offline). Without the lock both could pass.
    const targets = await getObjects(tx, t, [...new Set(edges.map((e) => e.dst))], 'share');
    for (const e of edges) {
      const target = targets.get(e.dst);
      if (target) neighbours.get(e.src)!.push(nodeOf(target));
      if (objects.has(e.dst)) within.push([e.src, e.dst]);
    }
  } else {
    const edges = await referrersOf(tx, ids);
    // Share-locked for the same reason, seen from the other side: a referrer's publish waits or goes first.
    const sources = await getObjects(tx, t, [...new Set(edges.map((e) => e.src))], 'share');
    for (const e of edges) {
      const source = sources.get(e.src);
      if (source) neighbours.get(e.dst)!.push(nodeOf(source));
      if (objects.has(e.src)) within.push([e.src, e.dst]);
    }
  }
  return { neighbours, within };
}

export interface Reached {
  node: RefNode;
  depth: number;
  via: string;
}

/**
 * Walks the graph breadth-first from the given objects: OFFLINE follows online referrers (what would
 * break), PUBLISH follows references that are not yet published (what must go first). Each object is
 * reached once, at its shortest depth, through `via`.
 */
export async function walk(tx: Tx, t: Tenant, type: ApprovalType, start: readonly string[]): Promise<Map<string, Reached>> {
  const reached = new Map<string, Reached>();
  const seen = new Set(start);
  let frontier = [...start];
  for (let depth = 1; frontier.length > 0; depth++) {
    const edges = type === 'OFFLINE' ? await referrersOf(tx, frontier) : await referencesOf(tx, frontier);
    const pairs: [string, string][] = edges
      .map((e): [string, string] => (type === 'OFFLINE' ? [e.dst, e.src] : [e.src, e.dst]))
      .filter(([, next]) => !seen.has(next));
    const found = await getObjects(tx, t, [...new Set(pairs.map(([, next]) => next))], false);
    const next: string[] = [];
    for (const [from, to] of pairs) {
      const o = found.get(to);
      if (!o || seen.has(to)) continue;
      if (type === 'OFFLINE' ? !ONLINE.has(o.status) : o.status === 'PUBLISHED') continue;
      seen.add(to);
      reached.set(to, { node: nodeOf(o), depth, via: from });
      next.push(to);
    }
    frontier = next;
  }
  return reached;
}
