import Type, { type Static } from 'typebox';
import type { ModelInput, ModelSearch } from '../../usecases/models.js';
import { Limit, MultiLine, Nullable, Offset } from './common.js';
import type { Conforms } from './conforms.js';

/** Models: the cloud's WorkspaceVO (a relational model under design, not a DataArts workspace). */

export const WorkspaceVO = Type.Object({
  id: Type.Optional(Nullable(Type.String())),
  name: Type.String({ minLength: 1, maxLength: 250, pattern: '^[\\u4e00-\\u9fa5a-zA-Z\\d_]*$' }),
  type: Type.Enum(['THIRD_NF', 'DIMENSION']),
  description: Type.Optional(Nullable(MultiLine({ maxLength: 600 }))),
  is_physical: Type.Optional(Nullable(Type.Boolean())),
  frequent: Type.Optional(Nullable(Type.Boolean())),
  top: Type.Optional(Nullable(Type.Boolean())),
  level: Type.Optional(Nullable(Type.Enum(['SDI', 'DWI', 'DWR', 'DM']))),
  dw_type: Type.Optional(Nullable(Type.String())),
  biz_catalog_ids: Type.Optional(Nullable(Type.String())),
  databases: Type.Optional(Nullable(Type.Array(Type.String()))),
  table_model_prefix: Type.Optional(Nullable(Type.String())),
});
export type WorkspaceVO = Conforms<ModelInput, Static<typeof WorkspaceVO>>;

export const WorkspaceOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Nullable(Type.String()),
  description: Nullable(Type.String()),
  is_physical: Type.Boolean(),
  frequent: Type.Boolean(),
  top: Type.Boolean(),
  level: Nullable(Type.String()),
  dw_type: Type.String(),
  biz_catalog_ids: Nullable(Type.String()),
  databases: Nullable(Type.Array(Type.String())),
  table_model_prefix: Nullable(Type.String()),
  create_by: Type.String(),
  update_by: Type.String(),
  create_time: Type.String(),
  update_time: Type.String(),
});
export type WorkspaceOut = Static<typeof WorkspaceOut>;

export const ListWorkspacesQuery = Type.Object({
  workspace_type: Type.Optional(Type.String()),
  dw_type: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
});
export type ListWorkspacesQuery = Conforms<ModelSearch, Static<typeof ListWorkspacesQuery>>;

export const ModelParams = Type.Object({ project_id: Type.String(), model_id: Type.String({ pattern: '^[0-9]{1,19}$' }) });
