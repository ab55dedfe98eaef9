import { DomainError } from '../domain/errors.js';
import type { Tx } from '../store/db.js';
import { getObject, getObjects, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import type { SubjectParamsVO } from '../api/wire/subjects.js';
import { createObjects, deleteObjects, editObject, type ObjectInput } from './objects.js';

/**
 * Subjects (SUBJECT objects) form the hierarchy L1 > L2 > L3 (up to the cloud's 7 levels): a level-1
 * subject has no parent, any other has a parent subject exactly one level up.
 */
export interface SubjectPayload {
  level: number; alias: string | null; data_owner: string | null; data_owner_list: string;
  self_defined_fields: unknown[];
}

async function checkParent(tx: Tx, caller: Caller, p: SubjectParamsVO) {
  const parentId = p.parent_id || null;
  if (p.level === 1) {
    if (parentId) throw new DomainError('INVALID_PARAMETER', { detail: 'a level-1 subject has no parent_id' });
    return null;
  }
  if (!parentId) throw new DomainError('INVALID_PARAMETER', { detail: `a level-${p.level} subject needs a parent_id` });
  const parent = await getObject(tx, caller.tenant, parentId, 'SUBJECT');
  if (!parent) throw new DomainError('SUBJECT_NOT_FOUND', { id: parentId });
  const parentLevel = (JSON.parse(parent.biz_info) as SubjectPayload).level;
  if (parentLevel !== p.level - 1) {
    throw new DomainError('INVALID_PARAMETER', { detail: `the parent of a level-${p.level} subject must be level ${p.level - 1}, not ${parentLevel}` });
  }
  return parentId;
}

function toInput(p: SubjectParamsVO, parentId: string | null): ObjectInput {
  const payload: SubjectPayload = {
    level: p.level, alias: p.alias ?? null, data_owner: p.data_owner ?? null, data_owner_list: p.data_owner_list,
    self_defined_fields: p.self_defined_fields ?? [],
  };
  return {
    biz_type: 'SUBJECT', name_en: p.name_en, name_ch: p.name_ch, code: null, description: p.description ?? null,
    parent_id: parentId, biz_info: payload as unknown as Record<string, unknown>,
  };
}

export async function createSubject(s: Services, caller: Caller, p: SubjectParamsVO): Promise<ObjectRow> {
  return s.store.db.transaction().execute(async (tx) => {
    const parentId = await checkParent(tx, caller, p);
    const [row] = await createObjects(s, caller, [toInput(p, parentId)], tx);
    return row!;
  });
}

export async function updateSubject(s: Services, caller: Caller, p: SubjectParamsVO): Promise<{ obj: ObjectRow; edit: EditRow | undefined }> {
  if (!p.id) throw new DomainError('INVALID_PARAMETER', { detail: 'id is required to update a subject' });
  const parentId = await checkParent(s.store.db, caller, p);
  if (parentId === p.id) throw new DomainError('INVALID_PARAMETER', { detail: 'a subject cannot be its own parent' });
  // A subject with children keeps its level: its children would sit at the wrong level, and moving it
  // under one of its own descendants would make a cycle.
  const current = await getObject(s.store.db, caller.tenant, p.id, 'SUBJECT');
  if (current && (JSON.parse(current.biz_info) as SubjectPayload).level !== p.level) {
    const child = await s.store.db.selectFrom('objects').select('id').where('parent_id', '=', p.id).executeTakeFirst();
    if (child) throw new DomainError('INVALID_PARAMETER', { detail: `subject ${p.id} has children; its level cannot change` });
  }
  const { biz_type: _t, ...input } = toInput(p, parentId);
  return editObject(s, caller, p.id, 'SUBJECT', input);
}

/** A subject with children cannot be deleted: the children would lose their place in the hierarchy. */
export async function deleteSubjects(s: Services, caller: Caller, ids: string[]): Promise<number> {
  const child = await s.store.db.selectFrom('objects').select(['id', 'parent_id'])
    .where('workspace_id', '=', caller.tenant.workspaceId).where('project_id', '=', caller.tenant.projectId)
    .where('parent_id', 'in', ids).where('id', 'not in', ids).executeTakeFirst();
  if (child) throw new DomainError('INVALID_PARAMETER', { detail: `subject ${child.parent_id} has children; delete them first` });
  return deleteObjects(s, caller, ids, 'SUBJECT');
}

/** The ancestors of the given subjects (and the subjects themselves), by id, to build paths. */
export async function withAncestors(s: Services, caller: Caller, rows: readonly ObjectRow[]): Promise<Map<string, ObjectRow>> {
  const known = new Map(rows.map((r) => [r.id, r]));
  let missing = [...new Set(rows.map((r) => r.parent_id).filter((p): p is string => !!p && !known.has(p)))];
  for (let depth = 0; missing.length > 0 && depth < 8; depth++) {
    const found = await getObjects(s.store.db, caller.tenant, missing, false);
    for (const r of found.values()) known.set(r.id, r);
    missing = [...new Set([...found.values()].map((r) => r.parent_id).filter((p): p is string => !!p && !known.has(p)))];
  }
  return known;
}

/** The chain from the top-level subject down to this one. */
export function chainOf(id: string, known: Map<string, ObjectRow>): ObjectRow[] {
  const chain: ObjectRow[] = [];
  let cur = known.get(id);
  while (cur && chain.length < 8) {
    chain.unshift(cur);
    cur = cur.parent_id ? known.get(cur.parent_id) : undefined;
  }
  return chain;
}
