import Type, { type Static } from 'typebox';
import { EDIT_BIZ_TYPES } from '../../domain/enums.js';
import { IgnoredQuery, Nullable } from './common.js';

/** BizVersionManageVO: a pending edit of a published object (`new_biz`, docs/API.md §4.6). */
export const BizVersionManageVO = Type.Object({
  id: Type.String(),
  biz_type: Type.String(),
  biz_id: Type.String(),
  biz_info: Type.String(),
  status: Type.String(),
  biz_version: Type.Integer(),
  create_time: Type.String(),
  update_time: Type.String(),
});
export type BizVersionManageVO = Static<typeof BizVersionManageVO>;

const SyncStatus = Nullable(Type.String());

/** PublishVersionVO: the pending edit compared with the released object (docs/API.md §4.7). */
export const PublishVersionVO = Type.Object({
  id: Type.String(),
  version_name: Nullable(Type.String()),
  version_tag: Nullable(Type.String()),
  description: Nullable(Type.String()),
  biz_id: Type.String(),
  biz_type: Type.String(),
  biz_info: Type.String(),
  biz_info_vo: Type.Object({}, { additionalProperties: true }),
  change_props: Type.String({ description: 'JSON array of {name, old_value, new_value}: the fields the pending edit changes' }),
  effect_objs: Nullable(Type.String()),
  sql_ddl: Nullable(Type.String()),
  create_by: Type.String(),
  create_time: Type.String(),
  is_current_version: Type.Boolean(),
  physical_table: SyncStatus,
  dev_physical_table: SyncStatus,
  technical_asset: SyncStatus,
  business_asset: SyncStatus,
  meta_data_link: SyncStatus,
  data_quality: SyncStatus,
  dlf_task: SyncStatus,
  publish_to_dlm: SyncStatus,
  summary_status: SyncStatus,
  materialization: SyncStatus,
  biz_metric: SyncStatus,
});
export type PublishVersionVO = Static<typeof PublishVersionVO>;

export const BusinessParams = Type.Object({
  project_id: Type.String({ minLength: 3, maxLength: 64 }),
  biz_id: Type.String({ pattern: '^[0-9]{1,19}$' }),
});

export const BusinessQuery = Type.Object({
  biz_type: Type.Enum([...EDIT_BIZ_TYPES]),
  ...IgnoredQuery,
});
