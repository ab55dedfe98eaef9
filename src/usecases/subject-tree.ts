import { getEdits, getObjects, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';

/**
 * Subjects (SUBJECT objects) form the hierarchy L1 > L2 > L3 (up to the cloud's 7 levels): a level-1
 * subject has no parent, any other has a parent subject exactly one level up. This file reads the
 * hierarchy: a subject's own fields, its ancestors, the chain from the top down to it.
 */

/** The fields the subject API keeps in a subject's payload. */
export interface SubjectPayload {
  level: number;
  alias: string | null;
  data_owner: string | null;
  data_owner_list: string;
  self_defined_fields: unknown[];
}

/**
 * A subject's payload fields as stored: the one place they are read. The subject API wrote them all; a
 * SUBJECT registered through the objects extension may carry none of them, or others.
 */
export function storedSubjectFields(bizInfo: Record<string, unknown>): Partial<SubjectPayload> {
  return bizInfo as Partial<SubjectPayload>;
}

/** `data_owner_list` is documented as a JSON array in a string; the Terraform provider sends a plain name. */
export function ownerOf(list: string): string {
  try {
    const v = JSON.parse(list) as unknown;
    if (Array.isArray(v)) return v.map(String).join(',');
  } catch {
    /* a plain name */
  }
  return list;
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

/**
 * A subject's payload as the subject API shows it. A SUBJECT registered through the objects extension
 * is still a subject, with no owner, no alias, and the level its parent chain gives it.
 */
export function subjectPayloadOf(o: ObjectRow, known: Map<string, ObjectRow>): SubjectPayload {
  const p = storedSubjectFields(o.biz_info);
  return {
    alias: p.alias ?? null,
    data_owner: p.data_owner ?? null,
    data_owner_list: p.data_owner_list ?? '',
    level: p.level ?? chainOf(o.id, known).length,
    self_defined_fields: Array.isArray(p.self_defined_fields) ? p.self_defined_fields : [],
  };
}

/** A subject with what its view shows: its pending edit, its payload, and the chain of subjects above it. */
export interface SubjectRecord {
  obj: ObjectRow;
  edit: EditRow | undefined;
  payload: SubjectPayload;
  chain: ObjectRow[];
}

/** The records of these subjects; their pending edits are read unless the caller already has them. */
export async function subjectRecords(
  s: Services,
  caller: Caller,
  rows: readonly ObjectRow[],
  edits?: Map<string, EditRow>,
): Promise<SubjectRecord[]> {
  const known = await withAncestors(s, caller, rows);
  const e =
    edits ??
    (await getEdits(
      s.store.db,
      rows.map((r) => r.id),
    ));
  return rows.map((obj) => ({ obj, edit: e.get(obj.id), payload: subjectPayloadOf(obj, known), chain: chainOf(obj.id, known) }));
}
