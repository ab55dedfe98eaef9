import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../services.js';
import { previewImpact } from '../../usecases/impact.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { ImpactVO, PreviewImpactBody } from '../wire/impact.js';

/** archgate extension: the impact of a batch before it runs. */
export const impactRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/archgate/v1/:project_id/impact',
      {
        config: { operation: 'readObjects' },
        schema: {
          operationId: 'ArchgatePreviewImpact',
          summary: 'archgate extension (not in the cloud API). What a publish or offline batch would do and break',
          tags: ['archgate extension: references'],
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: PreviewImpactBody,
          response: { 200: Envelope(ImpactVO), ...errorResponses },
        },
      },
      async (req) => ok(await previewImpact(s.store.db, callerOf(req), req.body.action, req.body.biz_infos)),
    );
  };
