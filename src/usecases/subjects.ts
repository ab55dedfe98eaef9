import { DomainError } from '../domain/errors.js';
import { getObjects, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import type { SubjectParamsVO } from '../api/wire/subjects.js';
import { createObjects, deleteObjects, editObject, type ObjectInput } from './objects.js';
import { transact } from '../store/db.js';

/**
 * Subjects (SUBJECT objects) form the hierarchy L1 > L2 > L3 (up to the cloud's 7 levels): a level-1
 * subject has no parent, any other has a parent subject exactly one level up.
 */
export interface SubjectPayload {
  level: number; alias: string | null; data_owner: string | null; data_owner_list: string;
  self_defined_fields: unknown[];
}

/** The parent a subject names: none at level 1, one at every other level. */
function parentIdOf(p: SubjectParamsVO): string | null {
  const parentId = p.parent_id || null;
  if (p.level === 1) {
    if (parentId) throw new DomainError('INVALID_PARAMETER', { detail: 'a level-1 subject has no parent_id' });
    return null;
  }
  if (!parentId) throw new DomainError('INVALID_PARAMETER', { detail: `a level-${p.level} subject needs a parent_id` });
  return parentId;
}

/** The parent must be a subject exactly one level up; `parent` is read under a lock by the caller. */
function checkParent(parentId: string, level: number, parent: ObjectRow | undefined) {
  if (!parent || parent.biz_type !== 'SUBJECT') throw new DomainError('SUBJECT_NOT_FOUND', { id: parentId });
  const parentLevel = (JSON.parse(parent.biz_info) as SubjectPayload).level;
  if (parentLevel !== level - 1) {
    throw new DomainError('INVALID_PARAMETER', { detail: `the parent of a level-${level} subject must be level ${level - 1}, not ${parentLevel}` });
  }
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

/**
 * The parent is read FOR SHARE (PostgreSQL): its level cannot change, nor can it be deleted, until the
 * child is committed; a change of its level checks for children under a FOR UPDATE lock of its own.
 */
export async function createSubject(s: Services, caller: Caller, p: SubjectParamsVO): Promise<ObjectRow> {
  const parentId = parentIdOf(p);
  return transact(s.store, async (tx) => {
    if (parentId) checkParent(parentId, p.level, (await getObjects(tx, caller.tenant, [parentId], 'share')).get(parentId));
    const [row] = await createObjects(s, caller, [toInput(p, parentId)], tx);
    return row!;
  });
}

/** The parent's level and the subject's children are checked under the edit's locks (editObject). */
export async function updateSubject(s: Services, caller: Caller, p: SubjectParamsVO): Promise<{ obj: ObjectRow; edit: EditRow | undefined }> {
  if (!p.id) throw new DomainError('INVALID_PARAMETER', { detail: 'id is required to update a subject' });
  const id = p.id;
  const parentId = parentIdOf(p);
  if (parentId === id) throw new DomainError('INVALID_PARAMETER', { detail: 'a subject cannot be its own parent' });
  const { biz_type: _t, ...input } = toInput(p, parentId);
  return editObject(s, caller, id, 'SUBJECT', input, async (tx, current, locked) => {
    if (parentId) checkParent(parentId, p.level, locked.get(parentId));
    // A subject with children keeps its level: its children would sit at the wrong level, and moving it
    // under one of its own descendants would make a cycle.
    if ((JSON.parse(current.biz_info) as SubjectPayload).level !== p.level) {
      const child = await tx.selectFrom('objects').select('id').where('parent_id', '=', id).executeTakeFirst();
      if (child) throw new DomainError('INVALID_PARAMETER', { detail: `subject ${id} has children; its level cannot change` });
    }
  });
}

/**
 * A subject with children cannot be deleted: the children would lose their place in the hierarchy.
 * Checked under the delete's locks, which a child's creation (FOR SHARE on its parent) waits for.
 */
export async function deleteSubjects(s: Services, caller: Caller, ids: string[]): Promise<number> {
  return deleteObjects(s, caller, ids, 'SUBJECT', async (tx) => {
    const child = await tx.selectFrom('objects').select(['id', 'parent_id'])
      .where('workspace_id', '=', caller.tenant.workspaceId).where('project_id', '=', caller.tenant.projectId)
      .where('parent_id', 'in', ids).where('id', 'not in', ids).executeTakeFirst();
    if (child) throw new DomainError('INVALID_PARAMETER', { detail: `subject ${child.parent_id} has children; delete them first` });
  });
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
