import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createTableModel, deleteTableModels, listTableModels, showTableModel, updateTableModel } from '../../usecases/table-models.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toTableModelVO } from '../present-table-models.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { IdsBody } from '../wire/subjects.js';
import { ListTableModelsQuery, ShowTableModelQuery, TableModelOut, TableModelParams, TableModelVO } from '../wire/table-models.js';

const PATH = '/v2/:project_id/design/table-model';
const tags = ['Table models'];

export const tableModelRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'CreateTableModel',
          summary: 'Create a table model',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: TableModelVO,
          response: { 200: Envelope(TableModelOut), ...errorResponses },
        },
      },
      async (req) => ok(toTableModelVO(await createTableModel(s, callerOf(req), req.body), s.config.tz)),
    );

    app.get(
      PATH,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ListTableModels',
          summary: 'List the table models of a model',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: ListTableModelsQuery,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(TableModelOut) })), ...errorResponses },
        },
      },
      async (req) => {
        const page = await listTableModels(s, callerOf(req), req.query);
        return ok({ total: page.total, records: page.records.map((r) => toTableModelVO(r, s.config.tz, req.query.no_attr === true)) });
      },
    );

    app.get(
      `${PATH}/:id`,
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ShowTableModelById',
          summary: 'Read a table model; latest=true shows its pending edit',
          tags,
          headers: WorkspaceHeaders,
          params: TableModelParams,
          querystring: ShowTableModelQuery,
          response: { 200: Envelope(TableModelOut), ...errorResponses },
        },
      },
      async (req) => ok(toTableModelVO(await showTableModel(s, callerOf(req), req.params.id, req.query.latest === true), s.config.tz)),
    );

    app.put(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'UpdateTableModel',
          summary: 'Update a table model (id in the body); a published one gets a pending edit',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: TableModelVO,
          response: { 200: Envelope(TableModelOut), ...errorResponses },
        },
      },
      async (req) => ok(toTableModelVO(await updateTableModel(s, callerOf(req), req.body), s.config.tz)),
    );

    app.delete(
      PATH,
      {
        config: { operation: 'writeObjects' },
        schema: {
          operationId: 'DeleteTableModel',
          summary: 'Delete table models (DRAFT, OFFLINE or REJECT)',
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: IdsBody,
          response: { 200: Envelope(Type.Integer()), ...errorResponses },
        },
      },
      async (req) => ok(await deleteTableModels(s, callerOf(req), req.body.ids)),
    );
  };
