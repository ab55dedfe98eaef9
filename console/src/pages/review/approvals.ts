import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { paths } from '../../../../src/client/openapi';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';

type Search = paths['/v2/{project_id}/design/approvals']['get'];
export type SearchQuery = NonNullable<Search['parameters']['query']>;
export type Approval = Search['responses'][200]['content']['application/json']['data']['value']['records'][number];
export type BizType = NonNullable<SearchQuery['biz_type']>;
/** What the console reads of ConfirmApprovals' answer (a BatchOperationVO with one child per application). */
export interface DecideResult {
  success: number;
  failed: number;
  groups:
    | { biz_id: string | null; biz_name: string | null; operation_type: string; operation_status: string; remark: string | null }[]
    | null;
}

/** The three Review Center lists: what waits for me, what I decided, what I submitted. */
export type ListKind = 'pending' | 'reviewed' | 'mine';

export interface Filters {
  name?: string;
  approval_type?: 'PUBLISH' | 'OFFLINE';
  biz_type?: BizType;
  /** The submitter (pending, reviewed) or the approver (mine). */
  person?: string;
  range?: [Dayjs, Dayjs] | null;
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** One page of a Review Center list, paged and filtered by the server, with its total. */
export function useApprovals(kind: ListKind, filters: Filters, paging: Paging) {
  const api = useApi();
  const { projectId, workspaceId, user } = useSession();
  const query: SearchQuery = {
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
    name: filters.name || undefined,
    approval_type: filters.approval_type,
    biz_type: filters.biz_type,
    // The search takes a time range only with both ends.
    begin_time: filters.range ? filters.range[0].startOf('day').toISOString() : undefined,
    end_time: filters.range ? filters.range[1].endOf('day').toISOString() : undefined,
  };
  if (kind === 'mine') {
    query.create_by = user.name;
    query.approver = filters.person || undefined;
  } else {
    query.approver = user.name;
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
