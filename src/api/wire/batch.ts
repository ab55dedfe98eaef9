import Type, { type Static } from 'typebox';
import { MAX_BATCH } from '../../domain/batch-limits.js';
import type { ListBatchesInput } from '../../usecases/batches.js';
import type { BatchRequest } from '../../usecases/submit-batch.js';
import { BizTypeEnum, EnvTypeEnum, Id19, Limit, Nullable, Offset } from './common.js';
import type { Conforms } from './conforms.js';

export const BizInfoVO = Type.Object({
  biz_id: Id19,
  biz_type: BizTypeEnum,
  env_type: Type.Optional(EnvTypeEnum),
});

/** Request body of batch-publish and batch-offline (ApprovalBatchParam). */
export const ApprovalBatchParam = Type.Object({
  biz_infos: Type.Array(BizInfoVO, { minItems: 1, description: `1 to ${MAX_BATCH} distinct objects` }),
  approver_user_id: Type.String({ minLength: 1 }),
  approver_user_name: Type.String({ minLength: 1 }),
  email: Type.Optional(Nullable(Type.String())),
  fast_approval: Type.Optional(Nullable(Type.Boolean())),
  schedule_time: Type.Optional(
    Nullable(Type.String({ pattern: '^([0-5][0-9])_([01][0-9]|2[0-3])$', description: 'mm_hh, e.g. 30_18 = 18:30' })),
  ),
  env_type: Type.Optional(Nullable(EnvTypeEnum)),
});
export type ApprovalBatchParam = Conforms<BatchRequest, Static<typeof ApprovalBatchParam>>;

const batchFields = {
  id: Nullable(Type.String()),
  tenant_id: Type.String(),
  group_id: Type.String(),
  biz_name: Nullable(Type.String()),
  biz_id: Nullable(Type.String()),
  operation_status: Type.Enum(['RUNNING', 'SUCCESS', 'FAILED']),
  operation_type: Type.String(),
  biz_info: Nullable(Type.String()),
  create_by: Type.String(),
  remark: Nullable(Type.String()),
  total: Type.Integer(),
  success: Type.Integer(),
  failed: Type.Integer(),
  rate: Nullable(Type.String()),
  logs: Nullable(Type.String()),
};

export const BatchOperationItemVO = Type.Object({ ...batchFields, groups: Type.Null() });
export type BatchOperationItemVO = Static<typeof BatchOperationItemVO>;
export const BatchOperationVO = Type.Object(
  {
    ...batchFields,
    groups: Nullable(Type.Array(BatchOperationItemVO)),
  },
  { description: 'The batch at the top level (id null), one child per object in groups' },
);
export type BatchOperationVO = Static<typeof BatchOperationVO>;

/** archgate extension: the filters of ArchgateListBatches. */
export const ListBatchesQuery = Type.Object({
  operation_type: Type.Optional(Type.Enum(['PUBLISH', 'OFFLINE', 'APPROVAL'])),
  operation_status: Type.Optional(Type.Enum(['RUNNING', 'SUCCESS', 'FAILED'])),
  create_by: Type.Optional(Type.String()),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
});
export type ListBatchesQuery = Conforms<ListBatchesInput, Static<typeof ListBatchesQuery>>;
