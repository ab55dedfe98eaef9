import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { DomainError } from '../../domain/errors.js';
import { getBatch, itemsOf, listBatches } from '../../store/batches.js';
import type { BatchItemTable, BatchTable } from '../../store/schema.js';
import { tenantId } from '../../store/tenant.js';
import type { Services } from '../../services.js';
import { roundOffset } from '../../domain/paging.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { BatchOperationVO } from '../wire/batch.js';
import { Envelope, Limit, Offset, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

const tags = ['archgate extension: batches'];
const ext = 'archgate extension (not in the cloud API). ';

/** A stored batch as the BatchOperationVO its request answered, with the items' current state. */
function toVO(b: BatchTable, items: BatchItemTable[] | null) {
  const tid = tenantId({ projectId: b.project_id, workspaceId: b.workspace_id });
  const done = b.success + b.failed;
  return {
    id: null, tenant_id: tid, group_id: b.group_id, biz_name: null, biz_id: null,
    operation_status: b.operation_status as 'RUNNING' | 'SUCCESS' | 'FAILED', operation_type: b.operation_type, biz_info: null,
    create_by: b.create_by, remark: null, total: b.total, success: b.success, failed: b.failed,
    rate: b.total === 0 ? '1.00' : (done / b.total).toFixed(2), logs: b.run_at ? `scheduled for ${b.run_at}` : null,
    groups: items && items.map((it) => ({
      id: it.id, tenant_id: tid, group_id: b.group_id, biz_name: it.biz_name, biz_id: it.biz_id,
      operation_status: it.operation_status as 'RUNNING' | 'SUCCESS' | 'FAILED', operation_type: b.operation_type, biz_info: it.biz_info,
      create_by: b.create_by, remark: it.remark === '' ? null : it.remark, total: 0, success: 0, failed: 0, rate: null, logs: null, groups: null,
    })),
  };
}

export const batchRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get('/archgate/v1/:project_id/batches/:group_id', {
    config: { operation: 'readObjects' },
    schema: { operationId: 'ArchgateShowBatch', summary: `${ext}Read a batch (BatchOperationVO), scheduled ones included`, tags,
      headers: WorkspaceHeaders, params: Type.Object({ project_id: Type.String(), group_id: Type.String({ pattern: '^[0-9]{1,19}$' }) }),
      response: { 200: Envelope(BatchOperationVO), ...errorResponses } },
  }, async (req) => {
    const caller = callerOf(req);
    const b = await getBatch(s.store.db, req.params.group_id, caller.tenant);
    if (!b) throw new DomainError('BATCH_NOT_FOUND', { id: req.params.group_id });
    return ok(toVO(b, await itemsOf(s.store.db, b.group_id)));
  });

  app.get('/archgate/v1/:project_id/batches', {
    config: { operation: 'readObjects' },
    schema: { operationId: 'ArchgateListBatches', summary: `${ext}List batches, newest first (items left out)`, tags,
      params: ProjectParams, headers: WorkspaceHeaders,
      querystring: Type.Object({
        operation_type: Type.Optional(Type.Enum(['PUBLISH', 'OFFLINE', 'APPROVAL'])),
        operation_status: Type.Optional(Type.Enum(['RUNNING', 'SUCCESS', 'FAILED'])),
        create_by: Type.Optional(Type.String()), limit: Type.Optional(Limit), offset: Type.Optional(Offset),
      }),
      response: { 200: Envelope(Type.Object({ total: Type.Integer(), records: Type.Array(BatchOperationVO) })), ...errorResponses } },
  }, async (req) => {
    const q = req.query;
    const limit = q.limit ?? 50;
    const page = await listBatches(s.store.db, callerOf(req).tenant, {
      operationType: q.operation_type, operationStatus: q.operation_status, createBy: q.create_by, limit, offset: roundOffset(q.offset ?? 0, limit),
    });
    return ok({ total: page.total, records: page.records.map((b) => toVO(b, null)) });
  });
};
