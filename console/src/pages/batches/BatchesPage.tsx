import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import PageHeader from '../../components/PageHeader';
import StatusTag from '../../components/StatusTag';
import { useFormatTime, useT } from '../../i18n';
import type { BatchRowVO, OperationStatus } from '../objects/wire';
import BatchProgress from './BatchProgress';
import { whileRunning } from './polling';
import { scheduledAt } from './scheduledAt';

type OperationType = 'PUBLISH' | 'OFFLINE' | 'APPROVAL';
const TYPES: OperationType[] = ['PUBLISH', 'OFFLINE', 'APPROVAL'];
const STATUSES: OperationStatus[] = ['RUNNING', 'SUCCESS', 'FAILED'];

interface Page {
  records: Pick<BatchRowVO, 'operation_status'>[];
}

/** Batches, newest first: each with its status and rate; a scheduled or running one shows live progress. */
export default function BatchesPage() {
  const t = useT();
  const formatTime = useFormatTime();
  const api = useApi();
  const { projectId, workspaceId } = useSession();
  const [type, setType] = useState<OperationType>();
  const [status, setStatus] = useState<OperationStatus>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });

  const list = useQuery({
    queryKey: ['batches', projectId, workspaceId, type, status, page],
    placeholderData: keepPreviousData,
    refetchInterval: whileRunning<Page>((p) => p.records.some((b) => b.operation_status === 'RUNNING')),
    queryFn: async () =>
      unwrap(
        await api.GET('/archgate/v1/{project_id}/batches', {
          params: {
            path: { project_id: projectId },
            query: { operation_type: type, operation_status: status, limit: page.pageSize, offset: (page.current - 1) * page.pageSize },
          },
        }),
      ).data.value,
  });
  const filtered = type !== undefined || status !== undefined;
  const firstPage = () => setPage((p) => ({ ...p, current: 1 }));

  return (
    <div data-testid="batches-page">
      <PageHeader title={t('batches.title')} subtitle={t('batches.subtitle')} />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select<OperationType>
          aria-label={t('batches.type')}
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('batches.allTypes')}
          value={type}
          onChange={(v) => {
            setType(v);
            firstPage();
          }}
          options={TYPES.map((v) => ({ value: v, label: t(`batches.type.${v}`) }))}
        />
        <Select<OperationStatus>
          aria-label={t('batches.status')}
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('batches.allStatuses')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            firstPage();
          }}
          options={STATUSES.map((v) => ({ value: v, label: t(`common.status.${v}`) }))}
        />
      </Flex>
      <Table<BatchRowVO>
        data-testid="batches-table"
        rowKey="group_id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.records ?? []}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: list.isLoading ? (
            t('common.loading')
          ) : (
            <EmptyState
              title={t('batches.empty')}
              hint={filtered ? t('batches.emptyFiltered') : t('batches.emptyHint')}
              action={<Link to="/console/objects">{t('batches.toObjects')}</Link>}
            />
          ),
        }}
        pagination={{
          ...page,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t('common.total', { total: n }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          {
            title: t('batches.id'),
            dataIndex: 'group_id',
            render: (id: string) => (
              <Link to={`/console/batches/${id}`} data-testid={`batch-link-${id}`}>
                {id}
              </Link>
            ),
          },
          { title: t('batches.type'), dataIndex: 'operation_type', render: (v: string) => t(`batches.type.${v}`) },
          { title: t('batches.status'), dataIndex: 'operation_status', render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('batches.rate'),
            key: 'rate',
            render: (_, b) => (
              <div data-testid={`batch-row-progress-${b.group_id}`}>
                <BatchProgress batch={b} size="small" />
              </div>
            ),
          },
          { title: t('batches.total'), dataIndex: 'total' },
          { title: t('batches.success'), dataIndex: 'success' },
          { title: t('batches.failed'), dataIndex: 'failed' },
          { title: t('batches.createBy'), dataIndex: 'create_by' },
          { title: t('batches.schedule'), dataIndex: 'logs', render: (l: string | null) => scheduledAt(l, formatTime) ?? '' },
        ]}
      />
    </div>
  );
}
