import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idempotent, requestHash, type Outcome } from '../../usecases/idempotency.js';
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

const keyOf = (req: FastifyRequest) => {
  const k = req.headers['idempotency-key'];
  return typeof k === 'string' ? k : undefined;
};
const hashOf = (req: FastifyRequest) => requestHash(req.method, req.url, req.rawBody);
/** A replayed answer says so, as Stripe-style idempotency does. */
const answer = (reply: FastifyReply, out: Outcome) => {
  if (out.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(out.status).send(out.body as never);
};
const tags = ['Approval Management'];
const BatchQuery = Type.Object({ ...IgnoredQuery });
const OfflineQuery = Type.Object({
  ...IgnoredQuery,
  impact_token: Type.Optional(Type.String({ description: 'archgate extension: from POST /archgate/v1/{project_id}/impact; 409 and no change when the graph changed since' })),
  cascade: Type.Optional(Type.Boolean({ description: 'archgate extension: also take every online dependant offline, dependants first' })),
});
/**
 * RollbackApproval's count is a decimal string, as the cloud's field table and the SDK models declare it
 * (the Go SDK's `*string` cannot decode a JSON number); see docs/API.md §3.2.
 */
const WithdrawCount = Type.String({ pattern: '^[0-9]+$', description: 'number of applications withdrawn, as a decimal string' });
const IdempotencyHeaders = Type.Object({
  ...WorkspaceHeaders.properties,
  'idempotency-key': Type.Optional(Type.String({ maxLength: 255, description: 'archgate extension: a repeat with the same key and request returns the first answer and changes nothing' })),
});

/** The five application operations of docs/API.md §2: search, withdraw, decide, batch publish, batch offline. */
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
      params: ProjectParams, headers: IdempotencyHeaders, querystring: RollbackQuery,
      response: { 200: Envelope(WithdrawCount), ...errorResponses },
    },
  }, async (req, reply) => {
    const caller = callerOf(req);
    const ids = parseIdList(req.query.ids, 'ids');
    return answer(reply, await idempotent(s, caller, keyOf(req), hashOf(req), async (tx) => ({
      status: 200, body: ok(String(await withdrawApprovals(s, caller, ids, tx))),
    })));
  });

  app.put(`${BASE}/action`, {
    config: { operation: 'confirmApprovals' },
    schema: {
      operationId: 'ConfirmApprovals', summary: 'Application Processing (resolve or reject)', tags,
      params: ProjectParams, headers: IdempotencyHeaders, querystring: ActionQuery, body: ApprovalInfoParam,
      response: { 200: Envelope(BatchOperationVO), ...errorResponses },
    },
  }, async (req, reply) => {
    const caller = callerOf(req);
    return answer(reply, await idempotent(s, caller, keyOf(req), hashOf(req), async (tx) => ({
      status: 200, body: ok(toBatchVO(caller.tenant, await confirmApprovals(s, caller, req.query['action-id'], req.body.ids, req.body.msg, tx))),
    })));
  });

  for (const [path, type, operationId, summary] of [
    ['batch-publish', 'PUBLISH', 'BatchPublish', 'Batch Publish'],
    ['batch-offline', 'OFFLINE', 'BatchOffline', 'Taking Services Offline in Batches'],
  ] as const) {
    app.post(`${BASE}/${path}`, {
      config: { operation: type === 'PUBLISH' ? 'batchPublish' : 'batchOffline' },
      schema: {
        operationId, summary, tags, params: ProjectParams, headers: IdempotencyHeaders, querystring: type === 'OFFLINE' ? OfflineQuery : BatchQuery,
        body: ApprovalBatchParam, response: { 200: Envelope(BatchOperationVO), ...errorResponses },
      },
    }, async (req, reply) => {
      const caller = callerOf(req);
      const q = req.query as { impact_token?: string; cascade?: boolean };
      const opts = { impactToken: q.impact_token, cascade: q.cascade === true };
      return answer(reply, await idempotent(s, caller, keyOf(req), hashOf(req), async (tx) => ({
        status: 200, body: ok(toBatchVO(caller.tenant, await submitBatch(s, caller, type, req.body, tx, opts))),
      })));
    });
  }
};
