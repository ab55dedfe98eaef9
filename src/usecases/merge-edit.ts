import type { EditRow, ObjectRow } from '../store/objects.js';

/** The fields a pending edit carries over to the object when its publish is approved. */
export function mergeEdit(
  edit: EditRow,
): Pick<ObjectRow, 'name_en' | 'name_ch' | 'code' | 'description' | 'parent_id' | 'refs' | 'biz_info'> {
  return {
    name_en: edit.name_en,
    name_ch: edit.name_ch,
    code: edit.code,
    description: edit.description,
    parent_id: edit.parent_id,
    refs: edit.refs,
    biz_info: edit.biz_info,
  };
}
