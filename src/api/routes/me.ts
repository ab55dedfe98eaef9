import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../services.js';
import { showMe } from '../../usecases/me.js';
import { principalOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, errorResponses } from '../wire/common.js';
import { MeVO } from '../wire/me.js';
import { ProjectIdParams } from '../wire/tenancy.js';

/** archgate extension: the caller, and the workspaces they belong to with their role (the console's start). */
export function meRoutes(s: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/archgate/v1/:project_id/me',
      {
        config: { authenticated: true },
        schema: {
          operationId: 'ArchgateShowMe',
          summary:
            'archgate extension (not in the cloud API). The caller, and the workspaces of the project they belong to with their role',
          tags: ['archgate extension: administration'],
          params: ProjectIdParams,
          response: { 200: Envelope(MeVO), ...errorResponses },
        },
      },
      async (req) => ok(await showMe(s, principalOf(req), req.params)),
    );
  };
}
