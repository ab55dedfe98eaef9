import { rfc3339InZone } from '../domain/time.js';
import type { EditRow, ObjectRow } from '../store/objects.js';
import { tenantId } from '../store/tenant.js';
import type { EditDiff } from '../usecases/pending-edits.js';
import type { ObjectVO } from './wire/objects.js';
import type { BizVersionManageVO, PublishVersionVO } from './wire/versions.js';

/** Objects and their pending edits as the wire shows them: ids as strings, times in the configured zone. */

/** BizVersionManageVO (`new_biz`): the payload travels as JSON text, as the cloud sends it. */
export function toEditVO(e: EditRow | undefined, tz: string): BizVersionManageVO | null {
  if (!e) return null;
  return {
    id: e.id,
    biz_type: e.biz_type,
    biz_id: e.biz_id,
    biz_info: JSON.stringify(e.biz_info),
    status: e.status,
    biz_version: e.biz_version,
    create_time: rfc3339InZone(e.create_time, tz)!,
    update_time: rfc3339InZone(e.update_time, tz)!,
  };
}

export function toObjectVO(o: ObjectRow, edit: EditRow | undefined, tz: string): ObjectVO {
  return {
    id: o.id,
    biz_type: o.biz_type,
    name_en: o.name_en,
    name_ch: o.name_ch,
    code: o.code,
    description: o.description,
    status: o.status,
    parent_id: o.parent_id,
    references: o.refs,
    biz_info: o.biz_info,
    biz_version: o.biz_version,
    env_type: o.env_type,
    dev_version: o.dev_version,
    prod_version: o.prod_version,
    new_biz: toEditVO(edit, tz),
    create_by: o.create_by,
    create_time: rfc3339InZone(o.create_time, tz)!,
    update_time: rfc3339InZone(o.update_time, tz)!,
    tenant_id: tenantId({ projectId: o.project_id, workspaceId: o.workspace_id }),
  };
}

/** PublishVersionVO (docs/API.md §4.7): the pending edit against the released object; sync states unknown. */
export function toPublishVersionVO(d: EditDiff, tz: string): PublishVersionVO {
  const { obj, edit, pending, changes } = d;
  return {
    id: edit.id,
    version_name: `V${edit.biz_version}`,
    version_tag: null,
    description: edit.description,
    biz_id: obj.id,
    biz_type: obj.biz_type,
    biz_info: JSON.stringify(pending),
    biz_info_vo: pending,
    change_props: JSON.stringify(changes),
    effect_objs: null,
    sql_ddl: null,
    create_by: edit.create_by,
    create_time: rfc3339InZone(edit.update_time, tz)!,
    is_current_version: false,
    physical_table: null,
    dev_physical_table: null,
    technical_asset: null,
    business_asset: null,
    meta_data_link: null,
    data_quality: null,
    dlf_task: null,
    publish_to_dlm: null,
    summary_status: null,
    materialization: null,
    biz_metric: null,
  };
}
