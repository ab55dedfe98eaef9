import { DomainError } from '../domain/errors.js';
import { deleteEdit, getEdit, getObject, getObjects, type EditRow, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { transact } from '../store/db.js';
import type { BizType } from '../domain/enums.js';
import { gone, recordAudit } from './audit.js';

/**
 * DeleteDesignLatestApproval (docs/API.md §3.9): discards an object's pending edit; 1 if one was deleted, else 0.
 * The object is locked first (PostgreSQL), as a batch locks it before putting the edit under review:
 * the edit's status read here is the one at commit, and an edit under review is never discarded.
 */
export async function deleteDesignLatestApproval(s: Services, caller: Caller, bizId: string, bizType: BizType): Promise<number> {
  return transact(s.store, async (tx) => {
    const obj = (await getObjects(tx, caller.tenant, [bizId], true)).get(bizId);
    if (!obj || obj.biz_type !== bizType) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: bizType, id: bizId });
    const edit = await getEdit(tx, bizId);
    if (!edit) return 0;
    if (edit.status === 'PUBLISH_DEVELOPING') throw new DomainError('PENDING_EDIT_UNDER_REVIEW', { id: bizId });
    const n = await deleteEdit(tx, bizId);
    await recordAudit(tx, s, caller, { operation: 'DeleteDesignLatestApproval', targets: [gone(edit.id, edit.status)] });
    return n;
  });
}

export interface Change {
  name: string;
  old_value: unknown;
  new_value: unknown;
}
/** A pending edit against its released object: the edit's fields flattened, and what it changes. */
export interface EditDiff {
  obj: ObjectRow;
  edit: EditRow;
  pending: Record<string, unknown>;
  changes: Change[];
}

/** SearchDesignLatestApprovalDiff (docs/API.md §3.10): the pending edit against the released object. */
export async function searchDesignLatestApprovalDiff(s: Services, caller: Caller, bizId: string, bizType: BizType): Promise<EditDiff> {
  const obj = await getObject(s.store.db, caller.tenant, bizId, bizType);
  if (!obj) throw new DomainError('OBJECT_NOT_FOUND', { biz_type: bizType, id: bizId });
  const edit = await getEdit(s.store.db, bizId);
  if (!edit) throw new DomainError('NO_PENDING_EDIT_DIFF', { id: bizId });
  const released = flatten(obj);
  const pending = flatten(edit);
  const changes: Change[] = [];
  for (const name of new Set([...Object.keys(released), ...Object.keys(pending)])) {
    const a = JSON.stringify(released[name] ?? null);
    const b = JSON.stringify(pending[name] ?? null);
    if (a !== b) changes.push({ name, old_value: released[name] ?? null, new_value: pending[name] ?? null });
  }
  return { obj, edit, pending, changes };
}

/** The fields a diff compares: the payload's, and the object's own. */
function flatten(src: ObjectRow | EditRow): Record<string, unknown> {
  return {
    ...src.biz_info,
    name_en: src.name_en,
    name_ch: src.name_ch,
    code: src.code,
    description: src.description,
    parent_id: src.parent_id,
    references: src.refs,
  };
}
