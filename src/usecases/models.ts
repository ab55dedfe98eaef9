import { DomainError } from '../domain/errors.js';
import { pageOf } from '../domain/paging.js';
import { allOfType, getObject, type ObjectRow } from '../store/objects.js';
import type { Caller, Services } from '../services.js';
import { editObject, registerObjects, removeObjects } from './objects.js';

/**
 * Models (the cloud's "workspaces" under design: a relational THIRD_NF or DIMENSION model) own table
 * models. They are not reviewed, so they live as MODEL objects that never leave DRAFT. The cloud's
 * operations are CreateWorkspace, ListWorkspaces, ShowWorkspace, UpdateWorkspace and DeleteWorkspaces;
 * here they are named for what they hold (createModel, ...), as archgate's own workspaces are tenancy.
 */

/** What a model is created or updated with (the cloud's WorkspaceVO). */
export interface ModelInput {
  id?: string | null;
  name: string;
  type: 'THIRD_NF' | 'DIMENSION';
  description?: string | null;
  is_physical?: boolean | null;
  frequent?: boolean | null;
  top?: boolean | null;
  level?: string | null;
  dw_type?: string | null;
  biz_catalog_ids?: string | null;
  databases?: string[] | null;
  table_model_prefix?: string | null;
}

/** What a model keeps in its payload. */
export interface ModelPayload {
  type: string | null;
  is_physical: boolean;
  frequent: boolean;
  top: boolean;
  level: string | null;
  dw_type: string;
  biz_catalog_ids: string | null;
  databases: string[] | null;
  table_model_prefix: string | null;
}

/** What a model holds when its creator did not say; a MODEL registered through the objects extension said nothing, not even its type. */
const MODEL_DEFAULTS: ModelPayload = {
  type: null,
  is_physical: true,
  frequent: false,
  top: false,
  level: null,
  dw_type: 'UNSPECIFIED',
  biz_catalog_ids: null,
  databases: null,
  table_model_prefix: null,
};

function payloadOf(b: ModelInput): ModelPayload {
  const d = MODEL_DEFAULTS;
  return {
    type: b.type,
    is_physical: b.is_physical ?? d.is_physical,
    frequent: b.frequent ?? d.frequent,
    top: b.top ?? d.top,
    level: b.level ?? d.level,
    dw_type: b.dw_type ?? d.dw_type,
    biz_catalog_ids: b.biz_catalog_ids ?? d.biz_catalog_ids,
    databases: b.databases ?? d.databases,
    table_model_prefix: b.table_model_prefix ?? d.table_model_prefix,
  };
}

/** A model as the cloud shows it: its own fields, then its payload with the defaults filled in. */
export interface Model extends ModelPayload {
  id: string;
  name: string;
  description: string | null;
  create_by: string;
  update_by: string;
  create_time: string;
  update_time: string;
}

function modelOf(o: ObjectRow): Model {
  // The payload the model API wrote; one registered through the objects extension may hold anything.
  const p = { ...MODEL_DEFAULTS, ...(o.biz_info as Partial<ModelPayload>) };
  return {
    id: o.id,
    name: o.name_en,
    description: o.description,
    ...p,
    create_by: o.create_by,
    update_by: o.update_by,
    create_time: o.create_time,
    update_time: o.update_time,
  };
}

export async function createModel(s: Services, caller: Caller, b: ModelInput): Promise<Model> {
  const [row] = await registerObjects(
    s,
    caller,
    [{ biz_type: 'MODEL', name_en: b.name, description: b.description ?? null, biz_info: payloadOf(b) }],
    'CreateWorkspace',
  );
  return modelOf(row!);
}

/** ListWorkspaces' filters. */
export interface ModelSearch {
  workspace_type?: string;
  dw_type?: string;
  name?: string;
  limit?: number;
  offset?: number;
}

export async function listModels(s: Services, caller: Caller, q: ModelSearch): Promise<{ total: number; records: Model[] }> {
  const { limit, offset } = pageOf(q);
  const all = (await allOfType(s.store.db, caller.tenant, 'MODEL'))
    .map(modelOf)
    .filter(
      (m) =>
        (!q.workspace_type || m.type === q.workspace_type) &&
        (!q.dw_type || m.dw_type === q.dw_type) &&
        (!q.name || m.name.includes(q.name)),
    );
  return { total: all.length, records: all.slice(offset, offset + limit) };
}

export async function showModel(s: Services, caller: Caller, id: string): Promise<Model> {
  const o = await getObject(s.store.db, caller.tenant, id, 'MODEL');
  if (!o) throw new DomainError('MODEL_NOT_FOUND', { id });
  return modelOf(o);
}

export async function updateModel(s: Services, caller: Caller, b: ModelInput): Promise<Model> {
  if (!b.id) throw new DomainError('INVALID_PARAMETER', { detail: 'id is required to update a model' });
  await showModel(s, caller, b.id);
  const { obj } = await editObject(s, caller, {
    operation: 'UpdateWorkspace',
    id: b.id,
    bizType: 'MODEL',
    fields: { name_en: b.name, description: b.description ?? null, biz_info: payloadOf(b) },
  });
  return modelOf(obj);
}

export async function deleteModels(s: Services, caller: Caller, ids: readonly string[]): Promise<number> {
  return removeObjects(s, caller, { operation: 'DeleteWorkspaces', ids, bizType: 'MODEL' });
}
