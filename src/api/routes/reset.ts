import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { resetStore } from '../../usecases/reset.js';
import { principalOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, errorResponses } from '../wire/common.js';

/**
 * archgate extension: with ARCHGATE_MODE=ci, an administrator empties the store between tests and gets
 * the first start's project, workspace, admin and password back, in milliseconds. Refused otherwise.
 */
export const resetRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/archgate/v1/reset',
      {
        config: { authenticated: true },
        schema: {
          operationId: 'ArchgateReset',
          summary:
            'archgate extension (not in the cloud API). Empty the store and bootstrap it again with the same ids and password (ARCHGATE_MODE=ci only; administrators)',
          tags: ['archgate extension: CI stand-in'],
          response: {
            200: Envelope(
              Type.Object({
                project_id: Type.String(),
                workspace_id: Type.String(),
                user_name: Type.String(),
                elapsed_ms: Type.Number({ description: 'time the reset took inside archgate' }),
              }),
            ),
            ...errorResponses,
          },
        },
      },
      async (req) => {
        const r = await resetStore(s, principalOf(req));
        return ok({ project_id: r.projectId, workspace_id: r.workspaceId, user_name: r.userName, elapsed_ms: r.elapsedMs });
      },
    );
  };
