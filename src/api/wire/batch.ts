import Type, { type Static } from 'typebox';
import { BizTypeEnum, EnvTypeEnum, Id19, Nullable } from './common.js';

export const MAX_BATCH = 10000;

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
  schedule_time: Type.Optional(Nullable(Type.String({ pattern: '^([0-5][0-9])_([01][0-9]|2[0-3])$', description: 'mm_hh, e.g. 30_18 = 18:30' }))),
  env_type: Type.Optional(Nullable(EnvTypeEnum)),
});
export type ApprovalBatchParam = Static<typeof ApprovalBatchParam>;

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
export const BatchOperationVO = Type.Object({
  ...batchFields,
  groups: Nullable(Type.Array(BatchOperationItemVO)),
}, { description: 'The batch at the top level (id null), one child per object in groups' });
export type BatchOperationVO = Static<typeof BatchOperationVO>;
