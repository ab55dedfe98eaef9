import Type, { type Static } from 'typebox';
import { BIZ_STATUSES } from '../../domain/enums.js';
import { BizTypeEnum, Limit, MultiLine, Nullable, Offset } from './common.js';
import { BizVersionManageVO } from './versions.js';
import type { Conforms } from './conforms.js';
import type { ObjectFields, ObjectInput } from '../../usecases/objects.js';
import type { ObjectSearch } from '../../usecases/objects-extension.js';

/** archgate extension: governed objects of any of the 40 business types. */

export const MAX_OBJECTS = 10000;

export const Reference = Type.Object({
  biz_type: BizTypeEnum,
  biz_id: Type.String({ pattern: '^[0-9]{1,19}$' }),
});

const objectFields = {
  name_en: Type.String({ minLength: 1, maxLength: 200 }),
  name_ch: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  code: Type.Optional(Nullable(Type.String({ maxLength: 128 }))),
  description: Type.Optional(Nullable(MultiLine({ maxLength: 2000 }))),
  parent_id: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{1,19}$' }))),
  references: Type.Optional(Type.Array(Reference, { maxItems: 1000 })),
  biz_info: Type.Optional(Type.Object({}, { additionalProperties: true })),
};

export const NewObject = Type.Object({ biz_type: BizTypeEnum, ...objectFields });
export type NewObject = Conforms<ObjectInput, Static<typeof NewObject>>;

export const CreateObjectsBody = Type.Object({
  objects: Type.Array(NewObject, { minItems: 1, maxItems: MAX_OBJECTS }),
});

export const UpdateObjectBody = Type.Object(objectFields);
export type UpdateObjectBody = Conforms<ObjectFields, Static<typeof UpdateObjectBody>>;

export const ObjectVO = Type.Object({
  id: Type.String(),
  biz_type: Type.String(),
  name_en: Type.String(),
  name_ch: Nullable(Type.String()),
  code: Nullable(Type.String()),
  description: Nullable(Type.String()),
  status: Type.Enum([...BIZ_STATUSES]),
  parent_id: Nullable(Type.String()),
  references: Type.Array(Reference),
  biz_info: Type.Object({}, { additionalProperties: true }),
  biz_version: Type.Integer(),
  env_type: Nullable(Type.String()),
  dev_version: Type.Integer(),
  prod_version: Type.Integer(),
  new_biz: Nullable(BizVersionManageVO),
  create_by: Type.String(),
  create_time: Type.String(),
  update_time: Type.String(),
  tenant_id: Type.String(),
});
export type ObjectVO = Static<typeof ObjectVO>;

export const ObjectList = Type.Object({ total: Type.Integer(), records: Type.Array(ObjectVO) });

export const ListObjectsQuery = Type.Object({
  biz_type: Type.Optional(BizTypeEnum),
  status: Type.Optional(Type.Enum([...BIZ_STATUSES])),
  name: Type.Optional(Type.String()),
  parent_id: Type.Optional(Type.String({ pattern: '^[0-9]{1,19}$', description: 'only the direct children of this object (a subject)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 50 })),
  offset: Type.Optional(Offset),
});
export type ListObjectsQuery = Conforms<ObjectSearch, Static<typeof ListObjectsQuery>>;

export const ObjectParams = Type.Object({
  project_id: Type.String({ minLength: 3, maxLength: 64 }),
  id: Type.String({ pattern: '^[0-9]{1,19}$' }),
});

export { Limit };
