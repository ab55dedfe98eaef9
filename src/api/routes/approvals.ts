import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { confirmApprovals, parseIdList, withdrawApprovals } from '../../usecases/decide-approvals.js';
import { searchApprovals } from '../../usecases/search-approvals.js';
import { submitBatch } from '../../usecases/submit-batch.js';
import { callerOf } from '../authenticate.js';
import { ok, toApprovalVO, toBatchVO } from '../present.js';
import { ActionQuery, ApprovalInfoParam, ApprovalList, RollbackQuery, SearchApprovalsQuery } from '../wire/approvals.js';
import { ApprovalBatchParam, BatchOperationVO } from '../wire/batch.js';
import { Envelope, IgnoredQuery, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

const BASE = '/v2/:project_id/design/approvals';
const tags = ['Approval Management'];
const BatchQuery = Type.Object({ ...IgnoredQuery });

/** The five application operations of spec §2: search, withdraw, decide, batch publish, batch offline. */
export const approvalRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(BASE, {
    config: { operation: 'searchApprovals' },
    schema: {
      operationId: 'SearchApprovals', summary: 'Obtaining an Application', tags,
      params: ProjectParams, headers: WorkspaceHeaders, querystring: SearchApprovalsQuery,
      response: { 200: Envelope(ApprovalList), ...errorResponses },
    },
  }, async (req) => {
    const page = await searchApprovals(s, callerOf(req), req.query);
    return ok({ total: page.total, records: page.records.map((a) => toApprovalVO(a, s.config.tz)) });
  });

  app.put(BASE, {
    config: { operation: 'rollbackApproval' },
    schema: {
      operationId: 'RollbackApproval', summary: 'Withdrawing an Application', tags,
      params: ProjectParams, headers: WorkspaceHeaders, querystring: RollbackQuery,
      response: { 200: Envelope(Type.Integer({ description: 'number of applications withdrawn' })), ...errorResponses },
    },
  }, async (req) => ok(await withdrawApprovals(s, callerOf(req), parseIdList(req.query.ids, 'ids'))));

  app.put(`${BASE}/action`, {
    config: { operation: 'confirmApprovals' },
    schema: {
      operationId: 'ConfirmApprovals', summary: 'Application Processing (resolve or reject)', tags,
      params: ProjectParams, headers: WorkspaceHeaders, querystring: ActionQuery, body: ApprovalInfoParam,
      response: { 200: Envelope(BatchOperationVO), ...errorResponses },
    },
  }, async (req) => {
    const caller = callerOf(req);
    const out = await confirmApprovals(s, caller, req.query['action-id'], req.body.ids, req.body.msg);
    return ok(toBatchVO(caller.tenant, out));
  });

  for (const [path, type, operationId, summary] of [
    ['batch-publish', 'PUBLISH', 'BatchPublish', 'Batch Publish'],
    ['batch-offline', 'OFFLINE', 'BatchOffline', 'Taking Services Offline in Batches'],
  ] as const) {
    app.post(`${BASE}/${path}`, {
      config: { operation: type === 'PUBLISH' ? 'batchPublish' : 'batchOffline' },
      schema: {
        operationId, summary, tags, params: ProjectParams, headers: WorkspaceHeaders, querystring: BatchQuery,
        body: ApprovalBatchParam, response: { 200: Envelope(BatchOperationVO), ...errorResponses },
      },
    }, async (req) => {
      const caller = callerOf(req);
      return ok(toBatchVO(caller.tenant, await submitBatch(s, caller, type, req.body)));
    });
  }
};
