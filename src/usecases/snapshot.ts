import type { Snapshot } from '../store/approvals.js';
import type { EditRow, ObjectRow } from '../store/objects.js';
import { withFields } from '../domain/with-fields.js';

/** The object as the approval record shows it (`biz_info` / `biz_info_obj`): its fields and its payload. */
export function snapshotOf(obj: ObjectRow, edit?: EditRow): Snapshot {
  const src = edit ?? obj;
  return withFields(src.biz_info, {
    id: obj.id,
    biz_type: obj.biz_type,
    name_en: src.name_en,
    name_ch: src.name_ch,
    code: src.code,
    description: src.description,
    parent_id: src.parent_id,
    references: src.refs,
    status: obj.status,
  });
}

/** Subject-level names for ApprovalVO.l1/l2/l3, where the payload carries them (table models do). */
export function levelsOf(bizInfo: Snapshot): { l1: string | null; l2: string | null; l3: string | null; directory_path: string | null } {
  const s = (k: string) => {
    const v = bizInfo[k];
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const l1 = s('l1');
  const l2 = s('l2');
  const l3 = s('l3');
  const parts = [l1, l2, l3].filter((x): x is string => x !== null);
  return { l1, l2, l3, directory_path: s('directory_path') ?? (parts.length ? parts.join('/') : null) };
}
