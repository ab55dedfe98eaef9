import { rfc3339InZone } from '../domain/time.js';
import { type Tenant, tenantId } from '../store/tenant.js';
import { ownerOf, type SubjectRecord } from '../usecases/subject-tree.js';
import { toEditVO } from './present-objects.js';
import type { CatalogVO, SelfDefinedField } from './wire/subjects.js';

/** A subject as the cloud's CatalogVO (SearchSubjectNew and the other v3 subject operations). */
export function toCatalogVO(r: SubjectRecord, tenant: Tenant, tz: string): CatalogVO {
  const { obj: o, payload: p } = r;
  return {
    id: o.id,
    name_ch: o.name_ch ?? o.name_en,
    name_en: o.name_en,
    description: o.description,
    qualified_name: `${o.name_en}@Business.${tenantId(tenant)}`,
    guid: null,
    code: o.code,
    status: o.status,
    new_biz: toEditVO(r.edit, tz),
    alias: p.alias,
    data_owner: p.data_owner,
    data_owner_list: p.data_owner_list,
    data_department: null,
    path: r.chain.map((x) => x.name_ch ?? x.name_en).join('/'),
    level: p.level,
    ordinal: null,
    owner: ownerOf(p.data_owner_list),
    parent_id: o.parent_id,
    swap_order_id: null,
    qualified_id: null,
    from_public: false,
    create_by: o.create_by,
    update_by: o.update_by,
    create_time: rfc3339InZone(o.create_time, tz)!,
    update_time: rfc3339InZone(o.update_time, tz)!,
    // Stored as the subject API received them (SelfDefinedField), or as the objects extension did.
    self_defined_fields: p.self_defined_fields as SelfDefinedField[],
    children_num: null,
    children: null,
  };
}
