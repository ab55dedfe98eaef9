import Type, { type Static } from 'typebox';
import { BIZ_STATUSES } from '../../domain/enums.js';
import type { TableModelBody, TableModelSearch } from '../../usecases/table-models.js';
import { Limit, MultiLine, Nullable, Offset } from './common.js';
import type { Conforms } from './conforms.js';

/** Table models: the cloud's TableModelVO, as the Terraform provider sends and reads it. */

export const TableModelAttributeVO = Type.Object(
  {
    id: Type.Optional(Nullable(Type.Union([Type.String(), Type.Integer()]))),
    name_en: Type.String({ maxLength: 600 }),
    name_ch: Type.String({ maxLength: 200 }),
    data_type: Type.String(),
    description: Type.Optional(Nullable(MultiLine({ maxLength: 600 }))),
    ordinal: Type.Optional(Nullable(Type.Union([Type.Integer(), Type.String()]))),
  },
  { additionalProperties: true },
);

/** TableModelVO as a request: the documented required fields; every other documented field is kept as sent. */
export const TableModelVO = Type.Object(
  {
    id: Type.Optional(Nullable(Type.String())),
    model_id: Type.String({ pattern: '^[0-9]{1,19}$' }),
    tb_name: Type.String({ minLength: 1, maxLength: 400, pattern: '^[a-zA-Z_{}$][0-9a-zA-Z_{}$]*$' }),
    logic_tb_name: Type.String({ minLength: 1, maxLength: 200 }),
    description: MultiLine({ maxLength: 600 }),
    dw_type: Type.String({ minLength: 1 }),
    attributes: Type.Array(Nullable(TableModelAttributeVO), { maxItems: 5000 }),
    biz_catalog_id: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{0,19}$' }))),
  },
  {
    additionalProperties: true,
    'x-free-json': { maxDepth: 32, maxBytes: 4 * 1024 * 1024 },
    description: 'fields beyond these are kept as sent, as free JSON (x-free-json: depth and size capped)',
  },
);
export type TableModelVO = Conforms<TableModelBody, Static<typeof TableModelVO>>;

export const TableModelOut = Type.Object(
  {
    // An object registered as TABLE_MODEL through the objects extension has no model and may have no
    // Chinese name: it is still a table model, read here with those two fields null.
    id: Type.String(),
    model_id: Nullable(Type.String()),
    tb_name: Type.String(),
    logic_tb_name: Nullable(Type.String()),
    status: Type.Enum([...BIZ_STATUSES]),
    attributes: Type.Array(Type.Object({}, { additionalProperties: true })),
  },
  { additionalProperties: true },
);
export type TableModelOut = Static<typeof TableModelOut>;

export const ListTableModelsQuery = Type.Object({
  model_id: Type.String({ minLength: 1 }),
  name: Type.Optional(Type.String()),
  create_by: Type.Optional(Type.String()),
  status: Type.Optional(Type.Enum([...BIZ_STATUSES])),
  biz_catalog_id: Type.Optional(Type.String()),
  no_attr: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
});
export type ListTableModelsQuery = Conforms<TableModelSearch, Static<typeof ListTableModelsQuery>>;

export const TableModelParams = Type.Object({ project_id: Type.String(), id: Type.String({ pattern: '^[0-9]{1,19}$' }) });
export const ShowTableModelQuery = Type.Object({ latest: Type.Optional(Type.Boolean()) });
