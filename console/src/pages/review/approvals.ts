import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { paths } from '../../../../src/client/openapi';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import type { Value } from '../objects/wire';

type Search = paths['/v2/{project_id}/design/approvals']['get'];
export type SearchQuery = NonNullable<Search['parameters']['query']>;
export type Approval = Search['responses'][200]['content']['application/json']['data']['value']['records'][number];
export type BizType = NonNullable<SearchQuery['biz_type']>;
/** ConfirmApprovals' answer: a BatchOperationVO with one child per application. */
export type DecideResult = Value<'ConfirmApprovals'>;

/** The three Review Center lists: what waits for me, what I decided, what I submitted. */
export type ListKind = 'pending' | 'reviewed' | 'mine';

export type SortOrder = NonNullable<SearchQuery['sort_order']>;

export interface Filters {
  name?: string;
  approval_type?: 'PUBLISH' | 'OFFLINE';
  biz_type?: BizType;
  /** The submitter (pending, reviewed) or the approver (mine). */
  person?: string;
  /** Either end may be left open. */
  range?: [Dayjs | null, Dayjs | null] | null;
}

export interface Paging {
  page: number;
  pageSize: number;
  /** By submit time; the server's default is newest first. */
  sort?: SortOrder;
}

const OPEN_BEGIN = '1970-01-01T00:00:00.000Z';
const OPEN_END = '9999-12-31T23:59:59.999Z';

/** One page of a Review Center list, paged and filtered by the server, with its total. */
export function useApprovals(kind: ListKind, filters: Filters, paging: Paging) {
  const api = useApi();
  const { projectId, workspaceId, user } = useSession();
  const query: SearchQuery = {
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
    sort_order: paging.sort,
    name: filters.name || undefined,
    approval_type: filters.approval_type,
    biz_type: filters.biz_type,
    // The search takes a time range only with both ends: an end left open is the widest one. (The picker
    // lets one be left open because one it requires traps keyboard focus in its first field.)
    ...(filters.range?.[0] || filters.range?.[1]
      ? {
          begin_time: filters.range[0]?.startOf('day').toISOString() ?? OPEN_BEGIN,
          end_time: filters.range[1]?.endOf('day').toISOString() ?? OPEN_END,
        }
      : {}),
  };
  if (kind === 'mine') {
    // By id: a name may be reused by a later user.
    query.create_by_id = user.id;
    query.approver = filters.person || undefined;
  } else {
    // By id, as deciding checks it: the approver's name on an application is whatever its submitter typed.
    query.approver_user_id = user.id;
    query.approval_status = kind === 'pending' ? 'DEVELOPING' : 'FINISHED';
    query.create_by = filters.person || undefined;
  }
  return useQuery({
    queryKey: ['approvals', kind, workspaceId, query],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/v2/{project_id}/design/approvals', { params: { path: { project_id: projectId }, query } })).data.value,
  });
}

export const BIZ_TYPES: BizType[] = [
  'TABLE_MODEL',
  'FACT_LOGIC_TABLE',
  'DIMENSION',
  'DIMENSION_LOGIC_TABLE',
  'AGGREGATION_LOGIC_TABLE',
  'ATOMIC_INDEX',
  'DERIVATIVE_INDEX',
  'COMPOUND_METRIC',
  'BIZ_METRIC',
  'CODE_TABLE',
  'STANDARD_ELEMENT',
  'SUBJECT',
  'BIZ_CATALOG',
];
