import { sql } from 'kysely';
import { BULK_ROWS, idRuns, inIds, inIdsParams, inIdsShape, insertMany, onSqlite, pgRowsOf } from './bulk.js';
import { executeMany, runShaped, shapedText } from './shaped.js';
import type { Tx } from './db.js';
import type { BizStatus, BizType } from '../domain/enums.js';
import type { EditRow as EditColumns, EditStatus, ObjectRow as ObjectColumns, ObjectUpdate as ObjectColumnChanges } from './schema.js';
import type { Tenant } from './tenant.js';
import { matchingIds, nameLike, searchPage } from './name-search.js';
import { edgesOf, insertEdges, replaceEdges } from './edges.js';
import { parseStored, parseStoredObject } from './json.js';

/**
 * Governed objects of every business type, and their pending edits (`new_biz`). Their two JSON columns
 * (refs, biz_info) are parsed here as they are read and serialised here as they are written: callers
 * see values, never the text.
 */

/** An object another names as what it uses (docs/API.md §11.6); its parent is named apart. */
export interface Reference {
  biz_type: BizType;
  biz_id: string;
}
interface JsonFields {
  refs: Reference[];
  biz_info: Record<string, unknown>;
}
export type ObjectRow = Omit<ObjectColumns, keyof JsonFields> & JsonFields;
export type EditRow = Omit<EditColumns, keyof JsonFields> & JsonFields;
export type ObjectChanges = Omit<ObjectColumnChanges, keyof JsonFields> & Partial<JsonFields>;

/**
 * The row, its JSON columns parsed in place: it is this read's own (the driver built it for this query), and
 * a copy cost a batch of 10,000 objects 10 MB of garbage (as for applications, store/approvals.ts).
 * Exported for the bench's raw SQL floor, which reads its objects as archgate does.
 */
export function parsed<R extends { refs: string; biz_info: string }>(r: R): Omit<R, keyof JsonFields> & JsonFields {
  const row = r as unknown as Omit<R, keyof JsonFields> & JsonFields;
  // The references were checked against the wire schema when written; only their text is stored.
  row.refs = parseStored(r.refs) as Reference[];
  row.biz_info = parseStoredObject(r.biz_info);
  return row;
}

function serialised<R extends JsonFields>(r: R): Omit<R, keyof JsonFields> & { refs: string; biz_info: string } {
  return { ...r, refs: JSON.stringify(r.refs), biz_info: JSON.stringify(r.biz_info) };
}

/** The columns as stored: the JSON ones serialised (one object built, not three spread: it runs for every object a batch changes). */
function changedColumns(set: ObjectChanges): ObjectColumnChanges {
  const out: Record<string, unknown> = {};
  for (const k in set) {
    const v = set[k as keyof ObjectChanges];
    if ((k === 'refs' || k === 'biz_info') && v !== undefined) out[k] = JSON.stringify(v);
    else if (k !== 'refs' && k !== 'biz_info') out[k] = v;
  }
  return out as ObjectColumnChanges;
}

// Both engines accept this many bound parameters per statement with room to spare.
const ID_CHUNK = 500;

export async function insertObjects(tx: Tx, rows: readonly ObjectRow[]) {
  // A few statements prepared once on SQLite, one statement in all on PostgreSQL (insertMany).
  await insertMany(tx, 'objects', rows.map(serialised), BULK_ROWS);
  await insertEdges(
    tx,
    rows.flatMap((r) => edgesOf(r.id, r.parent_id, r.refs)),
  );
}

export async function getObject(tx: Tx, t: Tenant, id: string, bizType?: BizType): Promise<ObjectRow | undefined> {
  let q = tx
    .selectFrom('objects')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', t.workspaceId)
    .where('project_id', '=', t.projectId);
  if (bizType) q = q.where('biz_type', '=', bizType);
  const row = await q.executeTakeFirst();
  return row && parsed(row);
}

/**
 * A row lock to take on PostgreSQL (SQLite's single writer serialises transactions anyway): `true` (FOR
 * UPDATE) before checking a status and writing what depends on it; 'share' (FOR SHARE) on objects that
 * must still exist, unchanged, when the transaction commits (a parent or a reference being named).
 */
export type RowLock = boolean | 'share';

/**
 * Loads objects of the tenant by id, locking them (see RowLock) in id order, the one order every
 * transaction takes object locks in, so that two of them never wait on each other in a cycle.
 */
export async function getObjects(tx: Tx, t: Tenant, ids: readonly string[], lock: RowLock): Promise<Map<string, ObjectRow>> {
  const out = new Map<string, ObjectRow>();
  for (const part of idRuns(tx, [...new Set(ids)].sort(), ID_CHUNK)) {
    // By primary key alone, the tenant checked here: with the tenant in the WHERE clause SQLite's planner
    // chose the tenant index and read every object of the tenant for each chunk.
    const rows = await runShaped(tx, `objects by id ${inIdsShape(tx, part)} lock ${lock}`, inIdsParams(tx, part), () =>
      tx
        .selectFrom('objects')
        .selectAll()
        .where(inIds(tx, 'id', part))
        .orderBy('id')
        .$if(lock === true, (q) => q.forUpdate())
        .$if(lock === 'share', (q) => q.forShare()),
    );
    for (const r of rows) if (r.workspace_id === t.workspaceId && r.project_id === t.projectId) out.set(r.id, parsed(r));
  }
  return out;
}

export interface ObjectFilter {
  bizType?: BizType;
  status?: BizStatus;
  name?: string;
  parentId?: string;
  limit: number;
  offset: number;
}

export async function listObjects(tx: Tx, t: Tenant, f: ObjectFilter): Promise<{ total: number; records: ObjectRow[] }> {
  let q = tx.selectFrom('objects').where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  if (f.bizType) q = q.where('biz_type', '=', f.bizType);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.parentId) q = q.where('parent_id', '=', f.parentId);
  if (f.name) {
    const onlyName = f.bizType === undefined && f.status === undefined && f.parentId === undefined;
    const found = onlyName ? await searchPage(tx, 'object', t, f.name, f, (ids) => objectsInOrder(tx, ids)) : undefined;
    if (found) return found;
    const ids = await matchingIds(tx, 'object', t, f.name);
    if (ids) q = q.where('id', 'in', ids as never);
    else q = q.where(nameLike('object', f.name));
  }
  // The count and the page at once on PostgreSQL's pool (see listApprovals).
  const [total, records] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q.selectAll().orderBy('create_time', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
  ]);
  return { total: Number(total.n), records: records.map(parsed) };
}

/** The objects of these ids, in this order. */
async function objectsInOrder(tx: Tx, ids: readonly string[]): Promise<ObjectRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectFrom('objects').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [parsed(r)] : [];
  });
}

/** Updates an object; when its parent or references change, its edges follow in the same transaction. */
export async function updateObject(tx: Tx, id: string, set: ObjectChanges) {
  const q = tx.updateTable('objects').set(changedColumns(set)).where('id', '=', id);
  if (!('refs' in set || 'parent_id' in set)) {
    await q.execute();
    return;
  }
  const row = await q.returning(['parent_id', 'refs']).executeTakeFirstOrThrow();
  await replaceEdges(tx, id, edgesOf(id, row.parent_id, parseStored(row.refs) as Reference[]));
}

export interface ObjectUpdate {
  id: string;
  set: ObjectChanges;
}

/**
 * Applies many object updates with little overhead per row. Updates that set the same columns share
 * one statement: on PostgreSQL one `UPDATE ... FROM json_populate_recordset(...)` for the whole group (a
 * 10,000-item batch is one round trip, not 10,000); on SQLite, whose planner answers that join with a
 * scan of the table, one statement compiled once and run per row in one call (runMany).
 * Updates that move a parent or references go one by one, as their edges follow.
 */
export async function updateObjects(tx: Tx, updates: readonly ObjectUpdate[]) {
  const groups = new Map<string, { id: string; set: ObjectColumnChanges }[]>();
  for (const u of updates) {
    if ('refs' in u.set || 'parent_id' in u.set) {
      await updateObject(tx, u.id, u.set);
      continue;
    }
    const key = Object.keys(u.set).sort().join(',');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ id: u.id, set: changedColumns(u.set) });
  }
  const sqlite = onSqlite(tx);
  for (const [key, group] of groups) {
    const cols = key.split(',') as (keyof ObjectColumns)[];
    if (sqlite) {
      const text = shapedText(tx, `update objects set (${key}) by id`, [...cols.map(() => null), ''], () =>
        tx
          .updateTable('objects')
          .set(Object.fromEntries(cols.map((c) => [c, null])))
          .where('id', '=', ''),
      );
      await executeMany(
        tx,
        text,
        group.map((u) => [...cols.map((c) => u.set[c] ?? null), u.id]),
      );
      continue;
    }
    // Every row of the group in one statement, typed by the objects table's own row type (pgRowsOf).
    const rows = group.map((u) => ({ id: u.id, ...u.set }));
    const sets = sql.join(cols.map((c) => sql`${sql.id(c)} = v.${sql.id(c)}`));
    await sql`update objects set ${sets} from ${pgRowsOf('objects', rows)} as v where objects.id = v.id`.execute(tx);
  }
}

export async function deleteObject(tx: Tx, id: string) {
  await tx.deleteFrom('pending_edits').where('biz_id', '=', id).execute();
  await tx.deleteFrom('object_edges').where('src', '=', id).execute();
  await tx.deleteFrom('objects').where('id', '=', id).execute();
}

/** One child of this object, if it has any. */
export async function firstChild(tx: Tx, parentId: string): Promise<{ id: string } | undefined> {
  return tx.selectFrom('objects').select('id').where('parent_id', '=', parentId).executeTakeFirst();
}

/** One object of the tenant whose parent is among `ids` while it is not itself among them. */
export async function firstChildOutside(
  tx: Tx,
  t: Tenant,
  ids: readonly string[],
): Promise<{ id: string; parent_id: string | null } | undefined> {
  return tx
    .selectFrom('objects')
    .select(['id', 'parent_id'])
    .where('workspace_id', '=', t.workspaceId)
    .where('project_id', '=', t.projectId)
    .where('parent_id', 'in', ids)
    .where('id', 'not in', ids)
    .executeTakeFirst();
}

export async function getEdits(tx: Tx, bizIds: readonly string[]): Promise<Map<string, EditRow>> {
  const out = new Map<string, EditRow>();
  for (const part of idRuns(tx, bizIds, ID_CHUNK)) {
    const rows = await runShaped(tx, `pending edits of ${inIdsShape(tx, part)}`, inIdsParams(tx, part), () =>
      tx
        .selectFrom('pending_edits')
        .selectAll()
        .where(inIds(tx, 'biz_id', part)),
    );
    for (const r of rows) out.set(r.biz_id, parsed(r));
  }
  return out;
}

export async function getEdit(tx: Tx, bizId: string): Promise<EditRow | undefined> {
  const row = await tx.selectFrom('pending_edits').selectAll().where('biz_id', '=', bizId).executeTakeFirst();
  return row && parsed(row);
}

export async function upsertEdit(tx: Tx, edit: EditRow) {
  const row = serialised(edit);
  await tx
    .insertInto('pending_edits')
    .values(row)
    .onConflict((oc) =>
      oc.column('biz_id').doUpdateSet({
        name_en: row.name_en,
        name_ch: row.name_ch,
        code: row.code,
        description: row.description,
        parent_id: row.parent_id,
        refs: row.refs,
        biz_info: row.biz_info,
        status: row.status,
        update_time: row.update_time,
      }),
    )
    .execute();
}

export async function setEditStatus(tx: Tx, bizId: string, status: EditStatus, updateTime: string) {
  await tx.updateTable('pending_edits').set({ status, update_time: updateTime }).where('biz_id', '=', bizId).execute();
}

export async function deleteEdit(tx: Tx, bizId: string): Promise<number> {
  const r = await tx.deleteFrom('pending_edits').where('biz_id', '=', bizId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Every object of one type in the tenant, oldest first (for small catalogues filtered on payload fields). */
export async function allOfType(tx: Tx, t: Tenant, bizType: BizType): Promise<ObjectRow[]> {
  const rows = await tx
    .selectFrom('objects')
    .selectAll()
    .where('workspace_id', '=', t.workspaceId)
    .where('project_id', '=', t.projectId)
    .where('biz_type', '=', bizType)
    .orderBy('create_time')
    .orderBy('id')
    .execute();
  return rows.map(parsed);
}
