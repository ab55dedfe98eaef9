import type { Tx } from './db.js';
import type { ObjectEdgeTable } from './schema.js';
import { chunks } from './chunks.js';
import { runShaped } from './shaped.js';

/** The edges an object has: to its parent, and to everything in its references. */
export function edgesOf(id: string, parentId: string | null, refs: readonly { biz_id: string }[]): ObjectEdgeTable[] {
  const out = new Map<string, ObjectEdgeTable>();
  if (parentId) out.set(parentId, { src: id, dst: parentId, kind: 'parent' });
  for (const r of refs) if (!out.has(r.biz_id)) out.set(r.biz_id, { src: id, dst: r.biz_id, kind: 'reference' });
  return [...out.values()];
}

export async function replaceEdges(tx: Tx, src: string, edges: readonly ObjectEdgeTable[]) {
  await tx.deleteFrom('object_edges').where('src', '=', src).execute();
  for (const part of chunks(edges, 300)) await tx.insertInto('object_edges').values(part).execute();
}

export async function insertEdges(tx: Tx, edges: readonly ObjectEdgeTable[]) {
  for (const part of chunks(edges, 300)) await tx.insertInto('object_edges').values(part).execute();
}

/** For each of these objects, the objects that reference it. */
export async function referrersOf(tx: Tx, ids: readonly string[]): Promise<ObjectEdgeTable[]> {
  const out: ObjectEdgeTable[] = [];
  for (const part of chunks(ids, 500))
    out.push(
      ...(await runShaped(tx, `referrers of ×${part.length}`, part, () =>
        tx.selectFrom('object_edges').selectAll().where('dst', 'in', part),
      )),
    );
  return out;
}

/** For each of these objects, the objects it references. */
export async function referencesOf(tx: Tx, ids: readonly string[]): Promise<ObjectEdgeTable[]> {
  const out: ObjectEdgeTable[] = [];
  for (const part of chunks(ids, 500)) out.push(...(await tx.selectFrom('object_edges').selectAll().where('src', 'in', part).execute()));
  return out;
}
