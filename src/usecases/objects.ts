import { DomainError } from '../domain/errors.js';
import type { BizType } from '../domain/enums.js';
import { DELETABLE, EDITABLE_IN_PLACE } from '../domain/lifecycle.js';
import { isoUtc } from '../domain/time.js';
import { transact, type Tx } from '../store/db.js';
import { pendingObjects } from '../store/approvals.js';
import { referrersOf } from '../store/edges.js';
import {
  deleteObject,
  getEdit,
  getObjects,
  insertObjects,
  updateObject,
  upsertEdit,
  type EditRow,
  type ObjectRow,
  type Reference,
} from '../store/objects.js';
import { isJsonObject } from '../store/json.js';
import type { Caller, Services } from '../services.js';
import { born, changed, gone, recordAudit } from './audit.js';

/**
 * What every family of governed objects (the objects extension, subjects, models, table models) does
 * alike: register objects, edit one, delete some. Each family's operations build on these.
 */

/** The fields of an object that its owner writes; status, versions and times are the service's. */
export interface ObjectFields {
  name_en: string;
  name_ch?: string | null;
  code?: string | null;
  description?: string | null;
  parent_id?: string | null;
  references?: Reference[];
  /** Any JSON object (the wire checked it is one); kept as sent. */
  biz_info?: object;
}
export interface ObjectInput extends ObjectFields {
  biz_type: BizType;
}

/** An object and its pending edit (`new_biz`), if it has one. */
export interface ObjectWithEdit {
  obj: ObjectRow;
  edit: EditRow | undefined;
}

/** A payload as the store keeps it: the object sent, or none. */
const payloadOf = (fields: ObjectFields): Record<string, unknown> => (isJsonObject(fields.biz_info) ? fields.biz_info : {});

/** The objects these inputs name as parent or reference, with the type each must have (when stated). */
function namedBy(inputs: readonly ObjectFields[]): Map<string, string | undefined> {
  const wanted = new Map<string, string | undefined>();
  for (const o of inputs) {
    if (o.parent_id) wanted.set(o.parent_id, wanted.get(o.parent_id));
    for (const r of o.references ?? []) wanted.set(r.biz_id, r.biz_type);
  }
  return wanted;
}

/** Every parent and reference must name an object of the tenant (of the stated type) among `found`. */
function checkNamed(wanted: Map<string, string | undefined>, found: Map<string, ObjectRow>) {
  for (const [id, type] of wanted) {
    const o = found.get(id);
    if (!o || (type !== undefined && o.biz_type !== type)) {
      throw new DomainError('OBJECT_NOT_FOUND', { biz_type: type ?? 'parent', id });
    }
  }
}

/**
 * Registers objects as DRAFT within the caller's transaction. Parents and references are checked, locked
 * FOR SHARE on PostgreSQL: a concurrent delete of one of them (which locks it FOR UPDATE, then looks for
 * referrers) either finishes first, and the check fails, or waits for this transaction and then sees the
 * new reference.
 */
export async function addObjects(tx: Tx, s: Services, caller: Caller, inputs: readonly ObjectInput[]): Promise<ObjectRow[]> {
  const wanted = namedBy(inputs);
  if (wanted.size > 0) checkNamed(wanted, await getObjects(tx, caller.tenant, [...wanted.keys()], 'share'));
  const now = isoUtc(s.clock.now());
  const rows: ObjectRow[] = inputs.map((o) => ({
    id: s.ids.next(),
    project_id: caller.tenant.projectId,
    workspace_id: caller.tenant.workspaceId,
    biz_type: o.biz_type,
    name_en: o.name_en,
    name_ch: o.name_ch ?? null,
    code: o.code ?? null,
    description: o.description ?? null,
    status: 'DRAFT',
    prior_status: null,
    parent_id: o.parent_id ?? null,
    refs: o.references ?? [],
    biz_info: payloadOf(o),
    biz_version: 0,
    env_type: null,
    dev_version: 0,
    prod_version: 0,
    create_by: caller.userName,
    update_by: caller.userName,
    create_time: now,
    update_time: now,
  }));
  await insertObjects(tx, rows);
  return rows;
}

/** Registers objects as DRAFT in a transaction of their own; `operation` names it in the audit. */
export async function registerObjects(
  s: Services,
  caller: Caller,
  inputs: readonly ObjectInput[],
  operation: string,
): Promise<ObjectRow[]> {
  return transact(s.store, async (tx) => {
    const rows = await addObjects(tx, s, caller, inputs);
    await recordAudit(tx, s, caller, { operation, targets: rows.map((r) => born(r.id, r.status)) });
    return rows;
  });
}

/** A check that needs the object as it is under its lock (a subject's level against its children, ...). */
export type LockedCheck = (tx: Tx, obj: ObjectRow, locked: Map<string, ObjectRow>) => Promise<void>;

export interface ObjectEdit {
  /** The operation, for the audit. */
  operation: string;
  id: string;
  bizType: BizType;
  fields: ObjectFields;
  check?: LockedCheck;
}

/**
 * docs/API.md R15: an edit of a DRAFT, OFFLINE or REJECT object changes it in place; an edit of a PUBLISHED
 * object is kept as its pending edit (`new_biz`) until that is published; an object under review
 * cannot be edited.
 * The status is read under a row lock (PostgreSQL), as batches, decisions and deletes read it: a batch
 * that puts the object under review either commits first, and the edit is refused, or waits for the
 * edit and snapshots it. The objects the edit names are locked in the same statement, in id order.
 */
export async function editObject(s: Services, caller: Caller, e: ObjectEdit): Promise<ObjectWithEdit> {
  const { id, bizType, fields: input } = e;
  return transact(s.store, async (tx) => {
    const wanted = namedBy([input]);
    const locked = await getObjects(tx, caller.tenant, [id, ...wanted.keys()], true);
    const obj = locked.get(id);
    if (!obj || obj.biz_type !== bizType) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: bizType, id });
    if (input.parent_id === id) throw new DomainError('INVALID_PARAMETER', { detail: 'an object cannot be its own parent' });
    await e.check?.(tx, obj, locked);
    checkNamed(wanted, locked);
    const now = isoUtc(s.clock.now());
    const fields = {
      name_en: input.name_en,
      name_ch: input.name_ch ?? null,
      code: input.code ?? null,
      description: input.description ?? null,
      parent_id: input.parent_id ?? null,
      refs: input.references ?? [],
      biz_info: payloadOf(input),
    };
    if (EDITABLE_IN_PLACE.includes(obj.status)) {
      await updateObject(tx, id, { ...fields, update_time: now, update_by: caller.userName });
      await recordAudit(tx, s, caller, { operation: e.operation, targets: [changed(id, obj.status)] });
      return { obj: { ...obj, ...fields, update_time: now, update_by: caller.userName }, edit: undefined };
    }
    const current = await getEdit(tx, id);
    if (obj.status !== 'PUBLISHED' || current?.status === 'PUBLISH_DEVELOPING') {
      throw new DomainError('OBJECT_NOT_EDITABLE', { id });
    }
    const edit: EditRow = {
      id: current?.id ?? s.ids.next(),
      biz_id: id,
      biz_type: obj.biz_type,
      ...fields,
      biz_version: obj.biz_version + 1,
      status: 'DRAFT',
      create_by: caller.userName,
      create_time: current?.create_time ?? now,
      update_time: now,
    };
    await upsertEdit(tx, edit);
    await recordAudit(tx, s, caller, {
      operation: e.operation,
      targets: [changed(id, obj.status)],
      outcome: { status: 'SUCCESS', pending_edit: edit.id },
    });
    return { obj, edit };
  });
}

export interface ObjectRemoval {
  /** The operation, for the audit. */
  operation: string;
  ids: readonly string[];
  bizType?: BizType;
  check?: (tx: Tx) => Promise<void>;
}

/**
 * Deletes objects outright; only DRAFT, OFFLINE or REJECT objects may go (docs/API.md R16). The objects are
 * locked first (PostgreSQL), so that the status, the pending applications and the referrers checked
 * are those at commit; `check` runs under the same locks.
 */
export async function removeObjects(s: Services, caller: Caller, r: ObjectRemoval): Promise<number> {
  const { ids, bizType } = r;
  return transact(s.store, async (tx) => {
    const found = await getObjects(tx, caller.tenant, ids, true);
    for (const id of ids) {
      const o = found.get(id);
      if (!o || (bizType && o.biz_type !== bizType)) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: bizType ?? 'object', id });
      if (!DELETABLE.includes(o.status)) throw new DomainError('OBJECT_NOT_DELETABLE', { id });
    }
    await r.check?.(tx);
    // A DRAFT object may still have an application waiting in a scheduled batch.
    const held = [...(await pendingObjects(tx, ids))][0];
    if (held) throw new DomainError('OBJECT_HELD', { id: held });
    // Deleting what others reference would leave them pointing at nothing.
    const going = new Set(ids);
    const kept = (await referrersOf(tx, ids)).filter((e) => !going.has(e.src));
    if (kept.length)
      throw new DomainError('OBJECT_REFERENCED', { id: kept[0]!.dst, count: kept.filter((e) => e.dst === kept[0]!.dst).length });
    for (const id of ids) await deleteObject(tx, id);
    await recordAudit(tx, s, caller, { operation: r.operation, targets: ids.map((id) => gone(id, found.get(id)!.status)) });
    return ids.length;
  });
}
