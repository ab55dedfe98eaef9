import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { parseIdList } from '../../domain/id-list.js';
import { createModel, deleteModels, listModels, showModel, updateModel } from '../../usecases/models.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toWorkspaceVO } from '../present-models.js';
import { Envelope, IdList, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { ListWorkspacesQuery, ModelParams, WorkspaceOut, WorkspaceVO } from '../wire/models.js';

/** Models ("workspaces" under design), which own table models (usecases/models.ts). */
const PATH = '/v2/:project_id/design/workspaces';
const tags = ['Models'];

export const modelRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'CreateWorkspace',
          summary: 'Create a model',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: WorkspaceVO,
          response: { 200: Envelope(WorkspaceOut), ...errorResponses },
        },
      },
      async (req) => ok(toWorkspaceVO(await createModel(s, callerOf(req), req.body), s.config.tz)),
    );

    app.get(
      PATH,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ListWorkspaces',
          summary: 'List models',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: ListWorkspacesQuery,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(WorkspaceOut) })), ...errorResponses },
        },
      },
      async (req) => {
        const page = await listModels(s, callerOf(req), req.query);
        return ok({ total: page.total, records: page.records.map((m) => toWorkspaceVO(m, s.config.tz)) });
      },
    );

    app.get(
      `${PATH}/:model_id`,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ShowWorkspace',
          summary: 'Read a model',
          tags,
          headers: WorkspaceHeaders,
          params: ModelParams,
          response: { 200: Envelope(WorkspaceOut), ...errorResponses },
        },
      },
      async (req) => ok(toWorkspaceVO(await showModel(s, callerOf(req), req.params.model_id), s.config.tz)),
    );

    app.put(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'UpdateWorkspace',
          summary: 'Update a model (id in the body)',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: WorkspaceVO,
          response: { 200: Envelope(WorkspaceOut), ...errorResponses },
        },
      },
      async (req) => ok(toWorkspaceVO(await updateModel(s, callerOf(req), req.body), s.config.tz)),
    );

    app.delete(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'DeleteWorkspaces',
          summary: 'Delete models',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: Type.Object({ ids: IdList('Model ids') }),
          response: { 200: Envelope(Type.Integer()), ...errorResponses },
        },
      },
      async (req) => ok(await deleteModels(s, callerOf(req), parseIdList(req.query.ids, 'ids'))),
    );
  };
