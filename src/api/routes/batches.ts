import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { listBatches, showBatch } from '../../usecases/batches.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toStoredBatchVO } from '../present-batches.js';
import { BatchOperationVO, ListBatchesQuery } from '../wire/batch.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

const tags = ['archgate extension: batches'];
const ext = 'archgate extension (not in the cloud API). ';

export const batchRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/archgate/v1/:project_id/batches/:group_id',
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ArchgateShowBatch',
          summary: `${ext}Read a batch (BatchOperationVO), scheduled ones included`,
          tags,
          headers: WorkspaceHeaders,
          params: Type.Object({ project_id: Type.String(), group_id: Type.String({ pattern: '^[0-9]{1,19}$' }) }),
          response: { 200: Envelope(BatchOperationVO), ...errorResponses },
        },
      },
      async (req) => ok(toStoredBatchVO(await showBatch(s, callerOf(req), req.params.group_id))),
    );

    app.get(
      '/archgate/v1/:project_id/batches',
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ArchgateListBatches',
          summary: `${ext}List batches, newest first (items left out)`,
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          querystring: ListBatchesQuery,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(BatchOperationVO) })), ...errorResponses },
        },
      },
      async (req) => {
        const page = await listBatches(s, callerOf(req), req.query);
        return ok({ total: page.total, records: page.records.map(toStoredBatchVO) });
      },
    );
  };
