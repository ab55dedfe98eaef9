import Type, { type Static } from 'typebox';
import { APPROVAL_STATUSES, APPROVAL_TYPES, BIZ_STATUSES, BIZ_TYPES } from '../../domain/enums.js';
import type { ConfirmApprovalsInput } from '../../usecases/confirm-approvals.js';
import type { SearchApprovalsInput } from '../../usecases/search-approvals.js';
import { IdList, IgnoredQuery, Limit, MultiLine, Nullable, Offset } from './common.js';
import type { Conforms } from './conforms.js';

/** ApprovalVO: one application (docs/API.md §4.4), with a snapshot of the object as submitted. */
export const ApprovalVO = Type.Object({
  id: Type.String(),
  tenant_id: Type.String(),
  name_ch: Nullable(Type.String()),
  name_en: Nullable(Type.String()),
  biz_id: Type.String(),
  biz_type: Type.String(),
  biz_info: Nullable(Type.String()),
  biz_info_obj: Nullable(Type.Object({}, { additionalProperties: true })),
  biz_version: Type.Integer(),
  biz_status: Type.Enum([...BIZ_STATUSES]),
  approval_status: Type.Enum([...APPROVAL_STATUSES]),
  approval_type: Type.Enum([...APPROVAL_TYPES]),
  submit_time: Type.String(),
  create_by: Type.String(),
  l1: Nullable(Type.String()),
  l2: Nullable(Type.String()),
  l3: Nullable(Type.String()),
  approval_time: Nullable(Type.String()),
  approver: Nullable(Type.String()),
  email: Nullable(Type.String()),
  msg: Nullable(Type.String()),
  directory_path: Nullable(Type.String()),
});
export type ApprovalVO = Static<typeof ApprovalVO>;

export const SearchApprovalsQuery = Type.Object({
  biz_id: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  create_by: Type.Optional(Type.String()),
  create_by_id: Type.Optional(
    Type.String({
      description:
        "archgate extension: only the applications submitted by this IAM user id (create_by is the submitter's name, which a later user may reuse)",
    }),
  ),
  approver: Type.Optional(Type.String()),
  approver_user_id: Type.Optional(
    Type.String({
      description:
        'archgate extension: only the applications whose designated approver is this IAM user id (the one ConfirmApprovals checks), whatever approver_user_name the submission gave',
    }),
  ),
  approval_status: Type.Optional(Type.Enum(['DEVELOPING', 'FINISHED'])),
  approval_status_detail: Type.Optional(Type.Enum(['DEVELOPING', 'APPROVED', 'REJECT'])),
  approval_type: Type.Optional(Type.Enum([...APPROVAL_TYPES])),
  biz_type: Type.Optional(Type.Enum([...BIZ_TYPES])),
  begin_time: Type.Optional(Type.String({ format: 'date-time' })),
  end_time: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
  sort_order: Type.Optional(
    Type.Enum(['asc', 'desc'], { description: 'archgate extension: by submit time, oldest (asc) or newest (desc, the default) first' }),
  ),
  is_approval_time: Type.Optional(Type.String({ description: 'Seen in official examples; ignored' })),
  ...IgnoredQuery,
});
export type SearchApprovalsQuery = Conforms<SearchApprovalsInput, Static<typeof SearchApprovalsQuery>>;

export const ApprovalList = Type.Object({ total: Type.Integer(), records: Type.Array(ApprovalVO) });

export const RollbackQuery = Type.Object({
  ids: IdList('Application ids'),
  ...IgnoredQuery,
});

export const ActionQuery = Type.Object({
  'action-id': Type.Enum(['resolve', 'reject']),
  ...IgnoredQuery,
});

/** ApprovalInfoParam: the body of ConfirmApprovals. */
export const ApprovalInfoParam = Type.Object({
  ids: Type.Array(Type.String({ pattern: '^[0-9]{1,19}$' }), { minItems: 1, maxItems: 10000, uniqueItems: true }),
  msg: MultiLine({ maxLength: 500 }),
});
export type ApprovalInfoParam = Conforms<Pick<ConfirmApprovalsInput, 'ids' | 'msg'>, Static<typeof ApprovalInfoParam>>;
