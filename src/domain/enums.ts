/** The wire enumerations of docs/API.md §5, as data. */

export const BIZ_TYPES = [
  'AGGREGATION_LOGIC_TABLE',
  'ATOMIC_INDEX',
  'ATOMIC_METRIC',
  'BIZ_CATALOG',
  'BIZ_METRIC',
  'CODE_TABLE',
  'COMMON_CONDITION',
  'COMPOSITE_METRIC',
  'COMPOUND_METRIC',
  'CONDITION_GROUP',
  'DEGENERATE_DIMENSION',
  'DERIVATIVE_INDEX',
  'DERIVED_METRIC',
  'DIMENSION',
  'DIMENSION_ATTRIBUTE',
  'DIMENSION_HIERARCHIES',
  'DIMENSION_LOGIC_TABLE',
  'DIMENSION_TABLE_ATTRIBUTE',
  'DIRECTORY',
  'FACT_ATTRIBUTE',
  'FACT_DIMENSION',
  'FACT_LOGIC_TABLE',
  'FACT_MEASURE',
  'FUNCTION',
  'INFO_ARCH',
  'MODEL',
  'QUALITY_RULE',
  'SECRECY_LEVEL',
  'STANDARD_ELEMENT',
  'STANDARD_ELEMENT_TEMPLATE',
  'SUBJECT',
  'SUMMARY_DIMENSION_ATTRIBUTE',
  'SUMMARY_INDEX',
  'SUMMARY_TIME',
  'TABLE_MODEL',
  'TABLE_MODEL_ATTRIBUTE',
  'TABLE_MODEL_LOGIC',
  'TABLE_TYPE',
  'TAG',
  'TIME_CONDITION',
] as const;
export type BizType = (typeof BIZ_TYPES)[number];

/** The narrower biz_type list of the pending-edit (extension) and diff operations, docs/API.md §3.9. */
export const EDIT_BIZ_TYPES = [
  'ATOMIC_INDEX',
  'DERIVATIVE_INDEX',
  'DIMENSION',
  'FACT_LOGIC_TABLE',
  'TABLE_MODEL',
  'STANDARD_ELEMENT',
  'AGGREGATION_LOGIC_TABLE',
  'CODE_TABLE',
  'BIZ_METRIC',
  'COMPOUND_METRIC',
] as const;

export const BIZ_STATUSES = ['DRAFT', 'PUBLISH_DEVELOPING', 'PUBLISHED', 'OFFLINE_DEVELOPING', 'OFFLINE', 'REJECT'] as const;
export type BizStatus = (typeof BIZ_STATUSES)[number];

export const APPROVAL_STATUSES = ['DEVELOPING', 'APPROVED', 'REJECT', 'WITHDREW'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_TYPES = ['PUBLISH', 'OFFLINE'] as const;
export type ApprovalType = (typeof APPROVAL_TYPES)[number];

export const ENV_TYPES = ['INVALID_TYPE', 'DEV_TYPE', 'PROD_TYPE', 'DEV_PROD_TYPE'] as const;
export type EnvType = (typeof ENV_TYPES)[number];

export const OPERATION_STATUSES = ['RUNNING', 'SUCCESS', 'FAILED'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const USER_TYPES = ['BIZ_METRIC_OWNER', 'APPROVER', 'BIZ_METRIC_OWNER_AND_APPROVER'] as const;
export type UserType = (typeof USER_TYPES)[number];

export const ROLES = ['admin', 'developer', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
