import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { deleteDesignLatestApproval, searchDesignLatestApprovalDiff } from '../../usecases/pending-edits.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { toPublishVersionVO } from '../present-objects.js';
import { Envelope, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { BusinessParams, BusinessQuery, PublishVersionVO } from '../wire/versions.js';

const PATH = '/v2/:project_id/design/approvals/business/:biz_id';
const tags = ['Approval Management'];

/** The pending edit of a published object: discard it, or compare it with the released version. */
export const businessRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.delete(
      PATH,
      {
        config: { operation: 'deleteDesignLatestApproval' },
        schema: {
          operationId: 'DeleteDesignLatestApproval',
          summary: 'Deleting an Entity (the pending edit)',
          tags,
          params: BusinessParams,
          headers: WorkspaceHeaders,
          querystring: BusinessQuery,
          response: {
            200: Envelope(Type.Integer({ description: '1 when a pending edit was deleted, 0 when there was none' })),
            ...errorResponses,
          },
        },
      },
      async (req) => ok(await deleteDesignLatestApproval(s, callerOf(req), req.params.biz_id, req.query.biz_type)),
    );

    app.get(
      `${PATH}/diff`,
      {
        config: { operation: 'searchDesignLatestApprovalDiff' },
        schema: {
          operationId: 'SearchDesignLatestApprovalDiff',
          summary: 'Difference between the pending edit and the released entity',
          tags,
          params: BusinessParams,
          headers: WorkspaceHeaders,
          querystring: BusinessQuery,
          response: { 200: Envelope(PublishVersionVO), ...errorResponses },
        },
      },
      async (req) =>
        ok(toPublishVersionVO(await searchDesignLatestApprovalDiff(s, callerOf(req), req.params.biz_id, req.query.biz_type), s.config.tz)),
    );
  };
