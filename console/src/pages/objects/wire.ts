// Type-only: the shapes the objects and batches pages read, taken from archgate's own OpenAPI document.
import type { operations } from '../../../../src/client/openapi';

// openapi-fetch hands back data without the properties typed only `null` (e.g. an item's `groups`): the
// same here, so these types are exactly what the client returns.
type AsFetched<T> = T extends (infer E)[]
  ? AsFetched<E>[]
  : T extends object
    ? { [K in keyof T as [NonNullable<T[K]>] extends [never] ? never : K]: AsFetched<T[K]> }
    : T;
export type Value<Op extends keyof operations> = operations[Op]['responses'] extends {
  200: { content: { 'application/json': { data: { value: infer V } } } };
}
  ? AsFetched<V>
  : never;
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export type ObjectVO = Value<'ArchgateListObjects'>['records'][number];
export type BizType = NonNullable<Query<'ArchgateListObjects'>['biz_type']>;
export type BizStatus = NonNullable<Query<'ArchgateListObjects'>['status']>;
export type CatalogVO = Value<'SearchSubjectNew'>['records'][number];
export type ApproverVO = Value<'ListApprovers'>['records'][number];
export type ImpactVO = Value<'ArchgatePreviewImpact'>;
export type BatchOperationVO = Value<'BatchPublish'>;
export type BatchItemVO = NonNullable<BatchOperationVO['groups']>[number];
export type OperationStatus = BatchOperationVO['operation_status'];
/** A recorded batch as the batches extension reads it back (list rows carry no items). */
export type StoredBatchVO = Value<'ArchgateShowBatch'>;
export type BatchRowVO = Value<'ArchgateListBatches'>['records'][number];

/**
 * One node of the impact tree. The document types `children` as plain objects (it states "the same shape,
 * one level deeper", which TypeBox cannot write as a recursive schema): the node's own fields come from the
 * document, and only the recursion is stated here.
 */
type ImpactTreeVO = ImpactVO['tree'][number];
export type ImpactNode = Omit<ImpactTreeVO, 'children'> & { children: ImpactNode[] };

/** What the wizard keeps of each selected object. */
export interface Picked {
  biz_id: string;
  biz_type: BizType;
  name: string;
  status: string;
}

export type BatchAction = 'PUBLISH' | 'OFFLINE';
