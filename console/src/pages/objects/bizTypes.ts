import type { BizStatus, BizType } from './wire';

/** The business types the objects list filters by, checked against the API's own enumeration both ways. */
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
] as const satisfies readonly BizType[];

export const BIZ_STATUSES = [
  'DRAFT',
  'PUBLISH_DEVELOPING',
  'PUBLISHED',
  'OFFLINE_DEVELOPING',
  'OFFLINE',
  'REJECT',
] as const satisfies readonly BizStatus[];

// A type the API gains and this list lacks fails the console's typecheck here.
type Missing = Exclude<BizType, (typeof BIZ_TYPES)[number]> | Exclude<BizStatus, (typeof BIZ_STATUSES)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
