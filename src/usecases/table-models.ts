import { DomainError } from '../domain/errors.js';
import type { BizStatus } from '../domain/enums.js';
import { pageOf } from '../domain/paging.js';
import { allOfType, getEdit, getEdits, getObject, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { editObject, registerObjects, removeObjects } from './objects.js';
import { chainOf, withAncestors } from './subject-tree.js';
import { tableModelInput, type TableModelBody } from './table-model-input.js';

/**
 * Table models: CreateTableModel, ListTableModels, ShowTableModelById, UpdateTableModel, DeleteTableModel.
 * What a client wrote comes back as sent (table-model-input.ts keeps the body).
 */

export type { TableModelBody };

/**
 * A table model with what its view shows: the object, its pending edit, the version shown (the pending
 * edit when the latest is asked for and there is one) and the chain of subjects its catalogue sits in.
 */
export interface TableModelRecord {
  obj: ObjectRow;
  edit: EditRow | undefined;
  shown: ObjectRow | EditRow;
  chain: ObjectRow[];
}

/** The records of these table models; their pending edits are read unless the caller already has them. */
async function records(
  s: Services,
  caller: Caller,
  rows: readonly ObjectRow[],
  latest: boolean,
  edits?: Map<string, EditRow>,
): Promise<TableModelRecord[]> {
  const catalogues = rows.map((r) => r.biz_info.biz_catalog_id).filter((x) => !!x);
  const found = await Promise.all(catalogues.map((id) => getObject(s.store.db, caller.tenant, String(id))));
  const known = await withAncestors(
    s,
    caller,
    found.filter((x): x is ObjectRow => !!x),
  );
  const e =
    edits ??
    (await getEdits(
      s.store.db,
      rows.map((r) => r.id),
    ));
  return rows.map((obj) => {
    const edit = e.get(obj.id);
    const shown = latest && edit ? edit : obj;
    const catalogue = shown.biz_info.biz_catalog_id;
    return { obj, edit, shown, chain: catalogue ? chainOf(String(catalogue), known) : [] };
  });
}

const one = (edit: EditRow | undefined) => new Map<string, EditRow>(edit ? [[edit.biz_id, edit]] : []);

export async function createTableModel(s: Services, caller: Caller, b: TableModelBody): Promise<TableModelRecord> {
  const input = await tableModelInput(s, caller, b, undefined);
  const [row] = await registerObjects(s, caller, [input], 'CreateTableModel');
  return (await records(s, caller, [row!], false, new Map()))[0]!;
}

/** ListTableModels' filters. */
export interface TableModelSearch {
  model_id: string;
  name?: string;
  create_by?: string;
  status?: BizStatus;
  biz_catalog_id?: string;
  limit?: number;
  offset?: number;
}

export async function listTableModels(
  s: Services,
  caller: Caller,
  q: TableModelSearch,
): Promise<{ total: number; records: TableModelRecord[] }> {
  const { limit, offset } = pageOf(q);
  const lc = (x: unknown) => String(x ?? '').toLowerCase();
  const all = (await allOfType(s.store.db, caller.tenant, 'TABLE_MODEL')).filter((o) => {
    const p = o.biz_info;
    return (
      p.model_id === q.model_id &&
      (!q.status || o.status === q.status) &&
      (!q.create_by || o.create_by === q.create_by) &&
      (!q.biz_catalog_id || p.biz_catalog_id === q.biz_catalog_id) &&
      (!q.name || lc(o.name_en).includes(lc(q.name)) || lc(o.name_ch).includes(lc(q.name)) || lc(o.code).includes(lc(q.name)))
    );
  });
  return { total: all.length, records: await records(s, caller, all.slice(offset, offset + limit), false) };
}

/** ShowTableModelById; `latest` shows its pending edit, if it has one. */
export async function showTableModel(s: Services, caller: Caller, id: string, latest: boolean): Promise<TableModelRecord> {
  const o = await getObject(s.store.db, caller.tenant, id, 'TABLE_MODEL');
  if (!o) throw new DomainError('TABLE_MODEL_NOT_FOUND', { id });
  return (await records(s, caller, [o], latest, one(await getEdit(s.store.db, o.id))))[0]!;
}

/** UpdateTableModel: in place, or as the pending edit of a published table model (shown as the latest). */
export async function updateTableModel(s: Services, caller: Caller, b: TableModelBody): Promise<TableModelRecord> {
  if (!b.id) throw new DomainError('INVALID_PARAMETER', { detail: 'id is required to update a table model' });
  const current = await getObject(s.store.db, caller.tenant, b.id, 'TABLE_MODEL');
  if (!current) throw new DomainError('TABLE_MODEL_NOT_FOUND', { id: b.id });
  const { biz_type: _t, ...fields } = await tableModelInput(s, caller, b, current.biz_info);
  const { obj, edit } = await editObject(s, caller, { operation: 'UpdateTableModel', id: b.id, bizType: 'TABLE_MODEL', fields });
  return (await records(s, caller, [obj], true, one(edit)))[0]!;
}

export async function deleteTableModels(s: Services, caller: Caller, ids: readonly string[]): Promise<number> {
  return removeObjects(s, caller, { operation: 'DeleteTableModel', ids, bizType: 'TABLE_MODEL' });
}
