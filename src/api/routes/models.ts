import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import { DomainError } from '../../domain/errors.js';
import { rfc3339InZone } from '../../domain/time.js';
import { allOfType, getObject, type ObjectRow } from '../../store/objects.js';
import type { Services } from '../../services.js';
import { roundOffset } from '../../domain/paging.js';
import { parseIdList } from '../../usecases/decide-approvals.js';
import { createObjects, deleteObjects, editObject } from '../../usecases/objects.js';
import { callerOf } from '../authenticate.js';
import { parseStored } from '../wire/bounds.js';
import { ok } from '../present.js';
import { Envelope, IdList, Limit, MultiLine, Nullable, Offset, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

/**
 * Models ("workspaces" under design: a relational THIRD_NF or DIMENSION model) own table models.
 * They are not reviewed, so they live as MODEL objects that never leave DRAFT.
 */
const PATH = '/v2/:project_id/design/workspaces';
const tags = ['Models'];

const WorkspaceVO = Type.Object({
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
type WorkspaceIn = Static<typeof WorkspaceVO>;

const WorkspaceOut = Type.Object({
  id: Type.String(), name: Type.String(), type: Nullable(Type.String()), description: Nullable(Type.String()),
  is_physical: Type.Boolean(), frequent: Type.Boolean(), top: Type.Boolean(), level: Nullable(Type.String()),
  dw_type: Type.String(), biz_catalog_ids: Nullable(Type.String()), databases: Nullable(Type.Array(Type.String())),
  table_model_prefix: Nullable(Type.String()), create_by: Type.String(), update_by: Type.String(),
  create_time: Type.String(), update_time: Type.String(),
});

/** What a model holds when its creator did not say; a MODEL registered through the objects extension said nothing, not even its type. */
const MODEL_DEFAULTS = {
  type: null as string | null, is_physical: true, frequent: false, top: false, level: null as string | null, dw_type: 'UNSPECIFIED',
  biz_catalog_ids: null as string | null, databases: null as string[] | null, table_model_prefix: null as string | null,
};

function payload(b: WorkspaceIn): typeof MODEL_DEFAULTS {
  const d = MODEL_DEFAULTS;
  return {
    type: b.type, is_physical: b.is_physical ?? d.is_physical, frequent: b.frequent ?? d.frequent, top: b.top ?? d.top,
    level: b.level ?? d.level, dw_type: b.dw_type ?? d.dw_type, biz_catalog_ids: b.biz_catalog_ids ?? d.biz_catalog_ids,
    databases: b.databases ?? d.databases, table_model_prefix: b.table_model_prefix ?? d.table_model_prefix,
  };
}

function present(s: Services, o: ObjectRow): Static<typeof WorkspaceOut> {
  const p = { ...MODEL_DEFAULTS, ...(parseStored(o.biz_info) as Partial<typeof MODEL_DEFAULTS>) };
  return {
    id: o.id, name: o.name_en, description: o.description, ...p, create_by: o.create_by, update_by: o.update_by,
    create_time: rfc3339InZone(o.create_time, s.config.tz)!, update_time: rfc3339InZone(o.update_time, s.config.tz)!,
  };
}

export const modelRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.post(PATH, {
    config: { operation: 'writeObjects' },
    schema: { operationId: 'CreateWorkspace', summary: 'Create a model', tags, params: ProjectParams, headers: WorkspaceHeaders,
      body: WorkspaceVO, response: { 200: Envelope(WorkspaceOut), ...errorResponses } },
  }, async (req) => {
    const b = req.body;
    const [row] = await createObjects(s, callerOf(req), [{ biz_type: 'MODEL', name_en: b.name, description: b.description ?? null, biz_info: payload(b) }]);
    return ok(present(s, row!));
  });

  app.get(PATH, {
    config: { operation: 'readObjects' },
    schema: { operationId: 'ListWorkspaces', summary: 'List models', tags, params: ProjectParams, headers: WorkspaceHeaders,
      querystring: Type.Object({ workspace_type: Type.Optional(Type.String()), dw_type: Type.Optional(Type.String()), name: Type.Optional(Type.String()), limit: Type.Optional(Limit), offset: Type.Optional(Offset) }),
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(WorkspaceOut) })), ...errorResponses } },
  }, async (req) => {
    const q = req.query;
    const limit = q.limit ?? 50;
    const offset = roundOffset(q.offset ?? 0, limit);
    const all = (await allOfType(s.store.db, callerOf(req).tenant, 'MODEL')).map((o) => present(s, o))
      .filter((m) => (!q.workspace_type || m.type === q.workspace_type) && (!q.dw_type || m.dw_type === q.dw_type) && (!q.name || m.name.includes(q.name)));
    return ok({ total: all.length, records: all.slice(offset, offset + limit) });
  });

  app.get(`${PATH}/:model_id`, {
    config: { operation: 'readObjects' },
    schema: { operationId: 'ShowWorkspace', summary: 'Read a model', tags, headers: WorkspaceHeaders,
      params: Type.Object({ project_id: Type.String(), model_id: Type.String({ pattern: '^[0-9]{1,19}$' }) }),
      response: { 200: Envelope(WorkspaceOut), ...errorResponses } },
  }, async (req) => {
    const o = await getObject(s.store.db, callerOf(req).tenant, req.params.model_id, 'MODEL');
    if (!o) throw new DomainError('MODEL_NOT_FOUND', { id: req.params.model_id });
    return ok(present(s, o));
  });

  app.put(PATH, {
    config: { operation: 'writeObjects' },
    schema: { operationId: 'UpdateWorkspace', summary: 'Update a model (id in the body)', tags, params: ProjectParams,
      headers: WorkspaceHeaders, body: WorkspaceVO, response: { 200: Envelope(WorkspaceOut), ...errorResponses } },
  }, async (req) => {
    const b = req.body;
    if (!b.id) throw new DomainError('INVALID_PARAMETER', { detail: 'id is required to update a model' });
    const caller = callerOf(req);
    if (!(await getObject(s.store.db, caller.tenant, b.id, 'MODEL'))) throw new DomainError('MODEL_NOT_FOUND', { id: b.id });
    const { obj } = await editObject(s, caller, b.id, 'MODEL', { name_en: b.name, description: b.description ?? null, biz_info: payload(b) });
    return ok(present(s, obj));
  });

  app.delete(PATH, {
    config: { operation: 'writeObjects' },
    schema: { operationId: 'DeleteWorkspaces', summary: 'Delete models', tags, params: ProjectParams, headers: WorkspaceHeaders,
      querystring: Type.Object({ ids: IdList('Model ids') }), response: { 200: Envelope(Type.Integer()), ...errorResponses } },
  }, async (req) => ok(await deleteObjects(s, callerOf(req), parseIdList(req.query.ids, 'ids'), 'MODEL')));
};
