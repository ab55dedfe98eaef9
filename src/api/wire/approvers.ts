import Type, { type Static } from 'typebox';
import { APPROVER_LIMITS } from '../../domain/approvers.js';
import { USER_TYPES } from '../../domain/enums.js';
import type { CreateApproverInput, DeleteApproverInput, ListApproversInput } from '../../usecases/approvers.js';
import { IdList, IgnoredQuery, Limit, Nullable, Offset } from './common.js';
import type { Conforms } from './conforms.js';

/** ApproverParam: the body of CreateApprover (docs/API.md §3.6). */
export const ApproverParam = Type.Object({
  approver_name: Type.String({ minLength: 1, maxLength: APPROVER_LIMITS.approverName }),
  user_id: Type.String({ minLength: 1 }),
  email: Type.Optional(Nullable(Type.String({ maxLength: APPROVER_LIMITS.email }))),
  phone_number: Type.Optional(Nullable(Type.String({ maxLength: APPROVER_LIMITS.phoneNumber }))),
  email_notify: Type.Optional(Nullable(Type.Boolean())),
  sms_notify: Type.Optional(Nullable(Type.Boolean())),
  app_name: Type.Optional(Nullable(Type.String({ maxLength: APPROVER_LIMITS.appName }))),
});
export type ApproverParam = Conforms<CreateApproverInput, Static<typeof ApproverParam>>;

export const ApproverVO = Type.Object({
  id: Type.String(),
  approver_name: Type.String(),
  user_id: Type.String(),
  user_name: Type.String(),
  email: Nullable(Type.String()),
  phone_number: Nullable(Type.String()),
  user_type: Nullable(Type.Enum([...USER_TYPES])),
  create_by: Type.String(),
  create_time: Type.String(),
  app_name: Nullable(Type.String()),
  topic_urn: Nullable(Type.String()),
  project_id: Type.String(),
});
export type ApproverVO = Static<typeof ApproverVO>;

export const ListApproversQuery = Type.Object({
  approver_name: Type.Optional(Type.String()),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
  ...IgnoredQuery,
});
export type ListApproversQuery = Conforms<ListApproversInput, Static<typeof ListApproversQuery>>;

export const ApproverList = Type.Object({ total: Type.Integer(), records: Type.Array(ApproverVO) });

export const DeleteApproverQuery = Type.Object({
  approver_ids: IdList('Approver record ids (ApproverVO.id)'),
  ...IgnoredQuery,
});
export type DeleteApproverQuery = Conforms<DeleteApproverInput, Static<typeof DeleteApproverQuery>>;
