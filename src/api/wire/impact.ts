import Type, { type Static } from 'typebox';
import { MAX_BATCH } from '../../domain/batch-limits.js';
import type { ImpactRequest } from '../../usecases/impact.js';
import { BizInfoVO } from './batch.js';
import type { Conforms } from './conforms.js';

/** archgate extension: the impact of a batch before it runs (ArchgatePreviewImpact). */

export const PreviewImpactBody = Type.Object({
  action: Type.Enum(['OFFLINE', 'PUBLISH']),
  biz_infos: Type.Array(BizInfoVO, { minItems: 1, maxItems: MAX_BATCH }),
});
export type PreviewImpactBody = Conforms<ImpactRequest, Static<typeof PreviewImpactBody>>;

const Tree = Type.Object({
  biz_id: Type.String(),
  biz_type: Type.String(),
  name: Type.String(),
  status: Type.String(),
  depth: Type.Integer(),
  children: Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'the same shape, one level deeper' }),
});

export const ImpactVO = Type.Object({
  action: Type.Enum(['PUBLISH', 'OFFLINE']),
  order: Type.Array(Type.String(), { description: 'the order the batch would process its items in' }),
  items: Type.Array(
    Type.Object({ biz_id: Type.String(), biz_type: Type.String(), name: Type.String(), passes: Type.Boolean(), remark: Type.String() }),
  ),
  tree: Type.Array(Tree, { description: 'OFFLINE: every online dependant, transitively; PUBLISH: every unpublished prerequisite' }),
  closure: Type.Array(
    Type.Object({ biz_id: Type.String(), biz_type: Type.String(), name: Type.String(), status: Type.String(), depth: Type.Integer() }),
    { description: 'OFFLINE: what would have to go offline together for every item to pass; PUBLISH: what would have to be published' },
  ),
  impact_token: Type.String({ description: 'pass as ?impact_token= to batch-offline to refuse it (409) if the graph changed meanwhile' }),
});
