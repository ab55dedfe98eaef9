import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createApprover, removeApprovers, searchApprovers } from '../../usecases/approvers.js';
import { callerOf } from '../authenticate.js';
import { ok, toApproverVO } from '../present.js';
import { ApproverList, ApproverParam, ApproverVO, DeleteApproverQuery, ListApproversQuery } from '../wire/approvers.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';

const PATH = '/v2/:project_id/design/approvals/users';
const tags = ['Approval Management'];

/** Reviewers of a workspace: create, list, delete (spec §3.6 to §3.8). */
export const approverRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.post(PATH, {
    config: { operation: 'createApprover' },
    schema: {
      operationId: 'CreateApprover', summary: 'Create Approver', tags, params: ProjectParams,
      headers: WorkspaceHeaders, body: ApproverParam, response: { 200: Envelope(ApproverVO), ...errorResponses },
    },
  }, async (req) => ok(toApproverVO(await createApprover(s, callerOf(req), req.body))));

  app.get(PATH, {
    config: { operation: 'listApprovers' },
    schema: {
      operationId: 'ListApprovers', summary: 'Querying the Approver List', tags, params: ProjectParams,
      headers: WorkspaceHeaders, querystring: ListApproversQuery, response: { 200: Envelope(ApproverList), ...errorResponses },
    },
  }, async (req) => {
    const page = await searchApprovers(s, callerOf(req), req.query);
    return ok({ total: page.total, records: page.records.map(toApproverVO) });
  });

  app.delete(PATH, {
    config: { operation: 'deleteApprover' },
    schema: {
      operationId: 'DeleteApprover', summary: 'Delete Approver', tags, params: ProjectParams,
      headers: WorkspaceHeaders, querystring: DeleteApproverQuery,
      response: { 200: Envelope(Type.Integer({ description: 'number of approvers deleted' })), ...errorResponses },
    },
  }, async (req) => ok(await removeApprovers(s, callerOf(req), req.query.approver_ids)));
};
