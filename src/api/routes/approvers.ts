import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createApprover, deleteApprover, listApprovers } from '../../usecases/approvers.js';
import { reassignApprovals, listOrphanedApprovals } from '../../usecases/orphaned-approvals.js';
import { callerOf } from '../authenticate.js';
import { ok, toApprovalVO, toApproverVO } from '../present.js';
import { ApprovalList } from '../wire/approvals.js';
import { ApproverList, ApproverParam, ApproverVO, DeleteApproverQuery, ListApproversQuery } from '../wire/approvers.js';
import { Envelope, Id19, Limit, Offset, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

const PATH = '/v2/:project_id/design/approvals/users';
const tags = ['Approval Management'];
const EXT = '/archgate/v1/:project_id/approvals';
const extTags = ['archgate extension: approvals'];
const ext = 'archgate extension (not in the cloud API). ';
const ReassignBody = Type.Object({
  ids: Type.Array(Id19, { minItems: 1, maxItems: 1000, description: 'applications under review (DEVELOPING)' }),
  approver_user_id: Type.String({ minLength: 1, description: 'a registered approver of the workspace' }),
});

/**
 * Reviewers of a workspace: create, list, delete (docs/API.md §3.6 to §3.8); and, as archgate extensions, the
 * applications left without a registered approver and their reassignment.
 */
export const approverRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    addApproverRoutes(app, s);
    addOrphanedRoutes(app, s);
  };

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** CreateApprover, ListApprovers, DeleteApprover (docs/API.md §3.6 to §3.8). */
function addApproverRoutes(app: App, s: Services) {
  app.post(
    PATH,
    {
      config: { operation: 'createApprover' },
      schema: {
        operationId: 'CreateApprover',
        summary: 'Create Approver',
        tags,
        params: ProjectParams,
        headers: WorkspaceHeaders,
        body: ApproverParam,
        response: { 200: Envelope(ApproverVO), ...errorResponses },
      },
    },
    async (req) => ok(toApproverVO(await createApprover(s, callerOf(req), req.body))),
  );

  app.get(
    PATH,
    {
      config: { operation: 'listApprovers' },
      schema: {
        operationId: 'ListApprovers',
        summary: 'Querying the Approver List',
        tags,
        params: ProjectParams,
        headers: WorkspaceHeaders,
        querystring: ListApproversQuery,
        response: { 200: Envelope(ApproverList), ...errorResponses },
      },
    },
    async (req) => {
      const page = await listApprovers(s, callerOf(req), req.query);
      return ok({ total: page.total, records: page.records.map(toApproverVO) });
    },
  );

  app.delete(
    PATH,
    {
      config: { operation: 'deleteApprover' },
      schema: {
        operationId: 'DeleteApprover',
        summary: 'Delete Approver',
        tags,
        params: ProjectParams,
        headers: WorkspaceHeaders,
        querystring: DeleteApproverQuery,
        response: { 200: Envelope(Type.Integer({ description: 'number of approvers deleted' })), ...errorResponses },
      },
    },
    async (req) => ok(await deleteApprover(s, callerOf(req), req.query)),
  );
}

/** archgate extensions: applications left without a registered approver, and their reassignment. */
function addOrphanedRoutes(app: App, s: Services) {
  app.get(
    `${EXT}/orphaned`,
    {
      config: { operation: 'listOrphanedApprovals' },
      schema: {
        operationId: 'ArchgateListOrphanedApprovals',
        tags: extTags,
        params: ProjectParams,
        headers: WorkspaceHeaders,
        summary: `${ext}Applications under review whose approver is no longer registered (deleted, demoted or gone), newest first`,
        querystring: Type.Object({ limit: Type.Optional(Limit), offset: Type.Optional(Offset) }),
        response: { 200: Envelope(ApprovalList), ...errorResponses },
      },
    },
    async (req) => {
      const page = await listOrphanedApprovals(s, callerOf(req), req.query);
      return ok({ total: page.total, records: page.records.map((a) => toApprovalVO(a, s.config.tz)) });
    },
  );

  app.post(
    `${EXT}/reassign`,
    {
      config: { operation: 'reassignApprovals' },
      schema: {
        operationId: 'ArchgateReassignApprovals',
        tags: extTags,
        params: ProjectParams,
        headers: WorkspaceHeaders,
        body: ReassignBody,
        summary: `${ext}Name a registered approver on applications under review, all or none`,
        response: { 200: Envelope(Type.Integer({ description: 'number of applications reassigned' })), ...errorResponses },
      },
    },
    async (req) => ok(await reassignApprovals(s, callerOf(req), req.body.ids, req.body.approver_user_id)),
  );
}
