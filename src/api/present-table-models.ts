import { rfc3339InZone } from '../domain/time.js';
import type { TableModelRecord } from '../usecases/table-models.js';
import { toEditVO } from './present-objects.js';
import type { TableModelOut } from './wire/table-models.js';

/** A table model as the cloud's TableModelVO (every table-model operation answers with it). */

/** Optional fields the cloud returns as null when they were not sent (a default would show as drift). */
const ECHO_FIELDS = [
  'parent_table_id',
  'parent_table_name',
  'parent_table_code',
  'related_logic_table_id',
  'related_logic_table_name',
  'related_logic_table_model_id',
  'related_logic_table_model_name',
  'dw_id',
  'dw_name',
  'db_name',
  'queue_name',
  'schema',
  'obs_bucket',
  'obs_location',
  'configs',
  'owner',
  'code',
  'data_format',
  'table_type',
  'compression',
  'distribute',
  'distribute_column',
  'partition_conf',
  'dlf_task_id',
  'dirty_out_database',
  'dirty_out_prefix',
  'dirty_out_suffix',
  'mappings',
  'relations',
  'self_defined_fields',
  'alias',
  'quality_id',
  'quality_owner',
  'logic_tb_id',
  'biz_catalog_id',
] as const;

/** `noAttributes`: ListTableModels' no_attr, the list without each table's attributes. */
export function toTableModelVO(r: TableModelRecord, tz: string, noAttributes = false): TableModelOut {
  const { obj: o, shown: source, chain } = r;
  const p = source.biz_info;
  const level = (i: number) => chain[i];
  const attrs = (p.attributes as Record<string, unknown>[]) ?? [];
  const sync = o.status === 'PUBLISHED' ? 'CREATE_SUCCESS' : 'NO_NEED';
  const out: Record<string, unknown> = Object.fromEntries(ECHO_FIELDS.map((k) => [k, p[k] ?? null]));
  return {
    ...out,
    id: o.id,
    model_id: p.model_id ?? null,
    model: null,
    tb_name: source.name_en,
    logic_tb_name: source.name_ch,
    description: source.description,
    dw_type: p.dw_type,
    tb_guid: null,
    tb_id: null,
    logic_tb_guid: p.logic_tb_guid ?? null,
    status: o.status,
    extend_info: JSON.stringify({
      dirtyOutDatabase: p.dirty_out_database ?? '',
      dirtyOutPrefix: p.dirty_out_prefix ?? '',
      dirtyOutSuffix: p.dirty_out_suffix ?? '',
      dirtyOutSwitch: String(p.dirty_out_switch === true),
    }),
    use_recently_partition: p.use_recently_partition === true,
    reversed: p.reversed === true,
    dirty_out_switch: p.dirty_out_switch === true,
    catalog_path: chain.map((c) => c.name_ch ?? c.name_en).join('/') || null,
    l1: level(0)?.name_ch ?? null,
    l2: level(1)?.name_ch ?? null,
    l3: level(2)?.name_ch ?? null,
    l1_id: level(0)?.id ?? null,
    l2_id: level(1)?.id ?? null,
    l3_id: level(2)?.id ?? null,
    attributes: noAttributes
      ? []
      : attrs.map((a) => ({
          ...a,
          create_time: rfc3339InZone(String(a.create_time), tz),
          update_time: rfc3339InZone(String(a.update_time), tz),
          tags: [],
        })),
    is_partition: attrs.some((a) => a.is_partition_key === true),
    has_related_physical_table: false,
    has_related_logic_table: false,
    physical_table: sync,
    dev_physical_table: 'NO_NEED',
    technical_asset: sync,
    business_asset: sync,
    meta_data_link: sync,
    data_quality: 'NO_NEED',
    summary_status: 'NO_NEED',
    env_type: o.env_type ?? 'INVALID_TYPE',
    dev_version: o.dev_version,
    prod_version: o.prod_version,
    dev_version_name: o.dev_version ? `V${o.dev_version}` : null,
    prod_version_name: o.prod_version ? `V${o.prod_version}` : null,
    tags: [],
    approval_info: null,
    new_biz: toEditVO(r.edit, tz),
    create_by: o.create_by,
    update_by: o.update_by,
    create_time: rfc3339InZone(o.create_time, tz),
    update_time: rfc3339InZone(o.update_time, tz),
  } as TableModelOut;
}
