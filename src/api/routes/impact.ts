import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { previewImpact } from '../../usecases/impact.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { BizInfoVO } from '../wire/batch.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { MAX_BATCH } from '../wire/batch.js';

const Tree = Type.Object({
  biz_id: Type.String(), biz_type: Type.String(), name: Type.String(), status: Type.String(), depth: Type.Integer(),
  children: Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'the same shape, one level deeper' }),
});

export const ImpactVO = Type.Object({
  action: Type.Enum(['PUBLISH', 'OFFLINE']),
  order: Type.Array(Type.String(), { description: 'the order the batch would process its items in' }),
  items: Type.Array(Type.Object({ biz_id: Type.String(), biz_type: Type.String(), name: Type.String(), passes: Type.Boolean(), remark: Type.String() })),
  tree: Type.Array(Tree, { description: 'OFFLINE: every online dependant, transitively; PUBLISH: every unpublished prerequisite' }),
  closure: Type.Array(Type.Object({ biz_id: Type.String(), biz_type: Type.String(), name: Type.String(), status: Type.String(), depth: Type.Integer() }),
    { description: 'OFFLINE: what would have to go offline together for every item to pass; PUBLISH: what would have to be published' }),
  impact_token: Type.String({ description: 'pass as ?impact_token= to batch-offline to refuse it (409) if the graph changed meanwhile' }),
});

/** archgate extension: the impact of a batch before it runs. */
export const impactRoutes = (s: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.post('/archgate/v1/:project_id/impact', {
    config: { operation: 'readObjects' },
    schema: {
      operationId: 'ArchgatePreviewImpact', summary: 'archgate extension (not in the cloud API). What a publish or offline batch would do and break',
      tags: ['archgate extension: references'], params: ProjectParams, headers: WorkspaceHeaders,
      body: Type.Object({ action: Type.Enum(['OFFLINE', 'PUBLISH']), biz_infos: Type.Array(BizInfoVO, { minItems: 1, maxItems: MAX_BATCH }) }),
      response: { 200: Envelope(ImpactVO), ...errorResponses },
    },
  }, async (req) => ok(await previewImpact(s.store.db, callerOf(req), req.body.action, req.body.biz_infos)));
};
