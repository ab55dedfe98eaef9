import { DomainError } from '../domain/errors.js';
import type { BizStatus } from '../domain/enums.js';
import { pageOf } from '../domain/paging.js';
import { transact } from '../store/db.js';
import { allOfType, firstChild, firstChildOutside, getObjects, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { addObjects, editObject, removeObjects, type ObjectInput, type ObjectWithEdit } from './objects.js';
import { ownerOf, storedSubjectFields, subjectPayloadOf, subjectRecords, type SubjectPayload, type SubjectRecord } from './subject-tree.js';
import { born, recordAudit } from './audit.js';

/** Subjects, v3: CreateSubjectNew, SearchSubjectNew, UpdateSubjectNew, DeleteSubjectNew (docs/API.md). */

/** What a subject is created or updated with (the cloud's SubjectParamsVO). */
export interface SubjectInput {
  id?: string | null;
  name_ch: string;
  name_en: string;
  description?: string | null;
  alias?: string | null;
  data_owner?: string | null;
  data_owner_list: string;
  level: number;
  parent_id?: string | null;
  self_defined_fields?: unknown[] | null;
}

/** The parent a subject names: none at level 1, one at every other level. */
function parentIdOf(p: SubjectInput): string | null {
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
  if (parent?.biz_type !== 'SUBJECT') throw new DomainError('SUBJECT_NOT_FOUND', { id: parentId });
  const parentLevel = storedSubjectFields(parent.biz_info).level;
  if (parentLevel !== level - 1) {
    throw new DomainError('INVALID_PARAMETER', {
      detail: `the parent of a level-${level} subject must be level ${level - 1}, not ${parentLevel}`,
    });
  }
}

function toInput(p: SubjectInput, parentId: string | null): ObjectInput {
  const payload: SubjectPayload = {
    level: p.level,
    alias: p.alias ?? null,
    data_owner: p.data_owner ?? null,
    data_owner_list: p.data_owner_list,
    self_defined_fields: p.self_defined_fields ?? [],
  };
  return {
    biz_type: 'SUBJECT',
    name_en: p.name_en,
    name_ch: p.name_ch,
    code: null,
    description: p.description ?? null,
    parent_id: parentId,
    biz_info: payload,
  };
}

/**
 * CreateSubjectNew. The parent is read FOR SHARE (PostgreSQL): its level cannot change, nor can it be
 * deleted, until the child is committed; a change of its level checks for children under a FOR UPDATE
 * lock of its own.
 */
export async function createSubject(s: Services, caller: Caller, p: SubjectInput): Promise<SubjectRecord> {
  const parentId = parentIdOf(p);
  const row = await transact(s.store, async (tx) => {
    if (parentId) checkParent(parentId, p.level, (await getObjects(tx, caller.tenant, [parentId], 'share')).get(parentId));
    const [created] = await addObjects(tx, s, caller, [toInput(p, parentId)]);
    await recordAudit(tx, s, caller, { operation: 'CreateSubjectNew', targets: [born(created!.id, created!.status)] });
    return created!;
  });
  return (await subjectRecords(s, caller, [row], new Map()))[0]!;
}

/** UpdateSubjectNew. The parent's level and the subject's children are checked under the edit's locks (editObject). */
export async function updateSubject(s: Services, caller: Caller, p: SubjectInput): Promise<SubjectRecord> {
  if (!p.id) throw new DomainError('INVALID_PARAMETER', { detail: 'id is required to update a subject' });
  const id = p.id;
  const parentId = parentIdOf(p);
  if (parentId === id) throw new DomainError('INVALID_PARAMETER', { detail: 'a subject cannot be its own parent' });
  const { biz_type: _t, ...fields } = toInput(p, parentId);
  const { obj, edit }: ObjectWithEdit = await editObject(s, caller, {
    operation: 'UpdateSubjectNew',
    id,
    bizType: 'SUBJECT',
    fields,
    check: async (tx, current, locked) => {
      if (parentId) checkParent(parentId, p.level, locked.get(parentId));
      // A subject with children keeps its level: its children would sit at the wrong level, and moving it
      // under one of its own descendants would make a cycle.
      if (storedSubjectFields(current.biz_info).level !== p.level && (await firstChild(tx, id))) {
        throw new DomainError('INVALID_PARAMETER', { detail: `subject ${id} has children; its level cannot change` });
      }
    },
  });
  return (await subjectRecords(s, caller, [obj], new Map<string, EditRow>(edit ? [[obj.id, edit]] : [])))[0]!;
}

/**
 * DeleteSubjectNew. A subject with children cannot be deleted: the children would lose their place in the
 * hierarchy. Checked under the delete's locks, which a child's creation (FOR SHARE on its parent) waits for.
 */
export async function deleteSubjects(s: Services, caller: Caller, ids: readonly string[]): Promise<number> {
  return removeObjects(s, caller, {
    operation: 'DeleteSubjectNew',
    ids,
    bizType: 'SUBJECT',
    check: async (tx) => {
      const child = await firstChildOutside(tx, caller.tenant, ids);
      if (child) throw new DomainError('INVALID_PARAMETER', { detail: `subject ${child.parent_id} has children; delete them first` });
    },
  });
}

/** SearchSubjectNew's filters (SearchSubjectsQuery). */
export interface SubjectSearch {
  name?: string;
  name_ch?: string;
  name_en?: string;
  create_by?: string;
  owner?: string;
  status?: BizStatus;
  begin_time?: string;
  end_time?: string;
  parent_id?: string;
  level?: number;
  limit?: number;
  offset?: number;
}

function matches(o: ObjectRow, q: SubjectSearch, known: Map<string, ObjectRow>): boolean {
  const p = subjectPayloadOf(o, known);
  const lc = (x: string | null | undefined) => (x ?? '').toLowerCase();
  if (q.name && !lc(o.name_ch).includes(lc(q.name)) && !lc(o.name_en).includes(lc(q.name))) return false;
  if (q.name_ch && o.name_ch !== q.name_ch) return false;
  if (q.name_en && o.name_en !== q.name_en) return false;
  if (q.create_by && o.create_by !== q.create_by) return false;
  if (q.owner && !ownerOf(p.data_owner_list).split(',').includes(q.owner)) return false;
  if (q.status && o.status !== q.status) return false;
  if (q.level && p.level !== q.level) return false;
  if (q.parent_id === '-1' && o.parent_id) return false;
  if (q.parent_id && q.parent_id !== '-1' && o.parent_id !== q.parent_id) return false;
  if (q.begin_time && q.end_time) {
    const t = o.create_time;
    if (t < new Date(q.begin_time).toISOString() || t > new Date(q.end_time).toISOString()) return false;
  }
  return true;
}

/** SearchSubjectNew: the subjects of the tenant that pass every filter, one page of them. */
export async function searchSubjects(s: Services, caller: Caller, q: SubjectSearch): Promise<{ total: number; records: SubjectRecord[] }> {
  const { limit, offset } = pageOf(q);
  const subjects = await allOfType(s.store.db, caller.tenant, 'SUBJECT');
  const known = new Map(subjects.map((o) => [o.id, o]));
  const all = subjects.filter((o) => matches(o, q, known));
  return { total: all.length, records: await subjectRecords(s, caller, all.slice(offset, offset + limit)) };
}
