import { DomainError } from '../domain/errors.js';
import type { BizStatus, BizType } from '../domain/enums.js';
import { pageOf } from '../domain/paging.js';
import { getEdit, getEdits, getObject, listObjects as selectObjects } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { editObject, registerObjects, removeObjects, type ObjectFields, type ObjectInput, type ObjectWithEdit } from './objects.js';

/**
 * archgate extension (not in the cloud API): register, read, edit and delete governed objects of any
 * business type. Each function is the operation of the same name (ArchgateCreateObjects, ...).
 */

export async function createObjects(s: Services, caller: Caller, inputs: readonly ObjectInput[]) {
  return registerObjects(s, caller, inputs, 'ArchgateCreateObjects');
}

export interface ObjectSearch {
  biz_type?: BizType;
  status?: BizStatus;
  name?: string;
  parent_id?: string;
  limit?: number;
  offset?: number;
}

export async function listObjects(s: Services, caller: Caller, q: ObjectSearch): Promise<{ total: number; records: ObjectWithEdit[] }> {
  const { limit, offset } = pageOf(q);
  const page = await selectObjects(s.store.db, caller.tenant, {
    bizType: q.biz_type,
    status: q.status,
    name: q.name,
    parentId: q.parent_id,
    limit,
    offset,
  });
  const edits = await getEdits(
    s.store.db,
    page.records.map((r) => r.id),
  );
  return { total: page.total, records: page.records.map((obj) => ({ obj, edit: edits.get(obj.id) })) };
}

export async function showObject(s: Services, caller: Caller, id: string): Promise<ObjectWithEdit> {
  const obj = await getObject(s.store.db, caller.tenant, id);
  if (!obj) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: 'object', id });
  return { obj, edit: await getEdit(s.store.db, id) };
}

/** The object keeps its type; editObject decides between an edit in place and a pending edit. */
export async function updateObject(s: Services, caller: Caller, id: string, fields: ObjectFields): Promise<ObjectWithEdit> {
  const obj = await getObject(s.store.db, caller.tenant, id);
  if (!obj) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: 'object', id });
  return editObject(s, caller, { operation: 'ArchgateUpdateObject', id, bizType: obj.biz_type, fields });
}

export async function deleteObjects(s: Services, caller: Caller, ids: readonly string[]): Promise<number> {
  return removeObjects(s, caller, { operation: 'ArchgateDeleteObjects', ids });
}
