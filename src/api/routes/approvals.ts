import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idempotent, requestHash, type KeyedRequest, type Outcome } from '../../usecases/idempotency.js';
import type { Services } from '../../services.js';
import { batchOffline } from '../../usecases/batch-offline.js';
import { batchPublish } from '../../usecases/batch-publish.js';
import { confirmApprovals } from '../../usecases/confirm-approvals.js';
import { parseIdList } from '../../domain/id-list.js';
import { rollbackApproval } from '../../usecases/rollback-approval.js';
import { searchApprovals } from '../../usecases/search-approvals.js';
import { callerOf } from '../authenticate.js';
import { ok, toApprovalVO } from '../present.js';
import { toBatchVO } from '../present-batches.js';
import { ActionQuery, ApprovalInfoParam, ApprovalList, RollbackQuery, SearchApprovalsQuery } from '../wire/approvals.js';
import { ApprovalBatchParam, BatchOperationVO } from '../wire/batch.js';
import { Envelope, IgnoredQuery, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

const BASE = '/v2/:project_id/design/approvals';

/** The request's `Idempotency-Key`, with what identifies the request itself (hashed only when keyed). */
const keyed = (req: FastifyRequest): KeyedRequest => {
  const k = req.headers['idempotency-key'];
  return typeof k === 'string' ? { key: k, hash: requestHash(req.method, req.url, req.rawBody) } : { key: undefined };
};
/** A replayed answer says so, as Stripe-style idempotency does. */
const answer = (reply: FastifyReply, out: Outcome) => {
  if (out.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(out.status).send(out.body as never);
};
const answered = (value: unknown): Outcome => ({ status: 200, body: ok(value) });

const tags = ['Approval Management'];
const BatchQuery = Type.Object({ ...IgnoredQuery });
const OfflineQuery = Type.Object({
  ...IgnoredQuery,
  impact_token: Type.Optional(
    Type.String({
      description: 'archgate extension: from POST /archgate/v1/{project_id}/impact; 409 and no change when the graph changed since',
    }),
  ),
  cascade: Type.Optional(Type.Boolean({ description: 'archgate extension: also take every online dependant offline, dependants first' })),
});
/**
 * RollbackApproval's count is a decimal string, as the cloud's field table and the SDK models declare it
 * (the Go SDK's `*string` cannot decode a JSON number); see docs/API.md §3.2.
 */
const WithdrawCount = Type.String({ pattern: '^[0-9]+$', description: 'number of applications withdrawn, as a decimal string' });
const IdempotencyHeaders = Type.Object({
  ...WorkspaceHeaders.properties,
  'idempotency-key': Type.Optional(
    Type.String({
      maxLength: 255,
      description: 'archgate extension: a repeat with the same key and request returns the first answer and changes nothing',
    }),
  ),
});
const batchResponse = () => ({ 200: Envelope(BatchOperationVO), ...errorResponses });

type App = Parameters<FastifyPluginAsyncTypebox>[0];

function searchApprovalsRoute(app: App, s: Services) {
  app.get(
    BASE,
    {
      config: { operation: 'searchApprovals' },
      schema: {
        operationId: 'SearchApprovals',
        summary: 'Obtaining an Application',
        tags,
        params: ProjectParams,
        headers: WorkspaceHeaders,
        querystring: SearchApprovalsQuery,
        response: { 200: Envelope(ApprovalList), ...errorResponses },
      },
    },
    async (req) => {
      const page = await searchApprovals(s, callerOf(req), req.query);
      return ok({ total: page.total, records: page.records.map((a) => toApprovalVO(a, s.config.tz)) });
    },
  );
}

function rollbackApprovalRoute(app: App, s: Services) {
  app.put(
    BASE,
    {
      config: { operation: 'rollbackApproval' },
      schema: {
        operationId: 'RollbackApproval',
        summary: 'Withdrawing an Application',
        tags,
        params: ProjectParams,
        headers: IdempotencyHeaders,
        querystring: RollbackQuery,
        response: { 200: Envelope(WithdrawCount), ...errorResponses },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const ids = parseIdList(req.query.ids, 'ids');
      return answer(
        reply,
        await idempotent(s, caller, keyed(req), async (tx) => answered(String(await rollbackApproval(tx, s, caller, ids)))),
      );
    },
  );
}

function confirmApprovalsRoute(app: App, s: Services) {
  app.put(
    `${BASE}/action`,
    {
      config: { operation: 'confirmApprovals', countsBatch: true },
      schema: {
        operationId: 'ConfirmApprovals',
        summary: 'Application Processing (resolve or reject)',
        tags,
        params: ProjectParams,
        headers: IdempotencyHeaders,
        querystring: ActionQuery,
        body: ApprovalInfoParam,
        response: batchResponse(),
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const input = { decision: req.query['action-id'], ids: req.body.ids, msg: req.body.msg };
      return answer(
        reply,
        await idempotent(s, caller, keyed(req), async (tx) =>
          answered(toBatchVO(caller.tenant, await confirmApprovals(tx, s, caller, input))),
        ),
      );
    },
  );
}

function batchPublishRoute(app: App, s: Services) {
  app.post(
    `${BASE}/batch-publish`,
    {
      config: { operation: 'batchPublish', countsBatch: true },
      schema: {
        operationId: 'BatchPublish',
        summary: 'Batch Publish',
        tags,
        params: ProjectParams,
        headers: IdempotencyHeaders,
        querystring: BatchQuery,
        body: ApprovalBatchParam,
        response: batchResponse(),
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      return answer(
        reply,
        await idempotent(s, caller, keyed(req), async (tx) =>
          answered(toBatchVO(caller.tenant, await batchPublish(tx, s, caller, req.body))),
        ),
      );
    },
  );
}

function batchOfflineRoute(app: App, s: Services) {
  app.post(
    `${BASE}/batch-offline`,
    {
      config: { operation: 'batchOffline', countsBatch: true },
      schema: {
        operationId: 'BatchOffline',
        summary: 'Taking Services Offline in Batches',
        tags,
        params: ProjectParams,
        headers: IdempotencyHeaders,
        querystring: OfflineQuery,
        body: ApprovalBatchParam,
        response: batchResponse(),
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const input = { request: req.body, cascade: req.query.cascade === true, impactToken: req.query.impact_token };
      return answer(
        reply,
        await idempotent(s, caller, keyed(req), async (tx) => answered(toBatchVO(caller.tenant, await batchOffline(tx, s, caller, input)))),
      );
    },
  );
}

/** The five application operations of docs/API.md §2, each registered under its own name, in this order. */
export const approvalRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    searchApprovalsRoute(app, s);
    rollbackApprovalRoute(app, s);
    confirmApprovalsRoute(app, s);
    batchPublishRoute(app, s);
    batchOfflineRoute(app, s);
  };
