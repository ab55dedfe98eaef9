import Type, { type Static } from 'typebox';
import { BIZ_STATUSES } from '../../domain/enums.js';
import { Limit, MultiLine, Nullable, Offset } from './common.js';
import { BizVersionManageVO } from './versions.js';
import type { Conforms } from './conforms.js';
import type { SubjectInput, SubjectSearch } from '../../usecases/subjects.js';

/** Subjects, DataArts Architecture's v3 API (SubjectParamsVO in, CatalogVO out), as the Terraform provider uses it. */

export const SelfDefinedField = Type.Object({
  fd_name_ch: Type.Optional(Nullable(Type.String())),
  fd_name_en: Type.Optional(Nullable(Type.String())),
  not_null: Type.Optional(Nullable(Type.Boolean())),
  fd_value: Type.Optional(Nullable(Type.String())),
});
export type SelfDefinedField = Static<typeof SelfDefinedField>;

export const SubjectParamsVO = Type.Object({
  id: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{0,19}$' }))),
  name_ch: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\\\<>]*$' }),
  name_en: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-zA-Z\\d\\s&\\(\\)_\\-]*$' }),
  description: Type.Optional(Nullable(MultiLine({ maxLength: 200 }))),
  alias: Type.Optional(Nullable(Type.String())),
  data_owner: Type.Optional(Nullable(Type.String())),
  data_owner_list: Type.String({ description: 'data owners, e.g. ["user_1"] as a string, or a plain name' }),
  level: Type.Integer({ minimum: 1, maximum: 7 }),
  parent_id: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{0,19}$' }))),
  self_defined_fields: Type.Optional(Nullable(Type.Array(SelfDefinedField, { maxItems: 10 }))),
});
export type SubjectParamsVO = Conforms<SubjectInput, Static<typeof SubjectParamsVO>>;

export const CatalogVO = Type.Object({
  id: Type.String(),
  name_ch: Type.String(),
  name_en: Type.String(),
  description: Nullable(Type.String()),
  qualified_name: Type.String(),
  guid: Nullable(Type.String()),
  code: Nullable(Type.String()),
  status: Type.Enum([...BIZ_STATUSES]),
  new_biz: Nullable(BizVersionManageVO),
  alias: Nullable(Type.String()),
  data_owner: Nullable(Type.String()),
  data_owner_list: Type.String(),
  data_department: Nullable(Type.String()),
  path: Type.String(),
  level: Type.Integer(),
  ordinal: Nullable(Type.Integer()),
  owner: Nullable(Type.String()),
  parent_id: Nullable(Type.String()),
  swap_order_id: Nullable(Type.String()),
  qualified_id: Nullable(Type.String()),
  from_public: Nullable(Type.Boolean()),
  create_by: Type.String(),
  update_by: Type.String(),
  create_time: Type.String(),
  update_time: Type.String(),
  self_defined_fields: Type.Array(SelfDefinedField),
  children_num: Nullable(Type.Integer()),
  children: Type.Null(),
});
export type CatalogVO = Static<typeof CatalogVO>;

export const SearchSubjectsQuery = Type.Object({
  name: Type.Optional(Type.String()),
  name_ch: Type.Optional(Type.String()),
  name_en: Type.Optional(Type.String()),
  create_by: Type.Optional(Type.String()),
  owner: Type.Optional(Type.String()),
  status: Type.Optional(Type.Enum([...BIZ_STATUSES])),
  begin_time: Type.Optional(Type.String({ format: 'date-time' })),
  end_time: Type.Optional(Type.String({ format: 'date-time' })),
  parent_id: Type.Optional(Type.String({ description: 'empty: all; -1: top level' })),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
  with_relation: Type.Optional(Type.String()),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
});
export type SearchSubjectsQuery = Conforms<SubjectSearch, Static<typeof SearchSubjectsQuery>>;

export const IdsBody = Type.Object({
  ids: Type.Array(Type.String({ pattern: '^[0-9]{1,19}$' }), { minItems: 1, uniqueItems: true }),
  del_types: Type.Optional(Nullable(Type.String())),
  del_type: Type.Optional(Nullable(Type.String())),
});
