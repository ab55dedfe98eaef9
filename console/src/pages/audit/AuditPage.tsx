import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import PageHeader from '../../components/PageHeader';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useFormatTime, useT } from '../../i18n';
import AuditFilters, { type AuditFilter } from './AuditFilters';
import ChainStatus from './ChainStatus';
import type { AuditRecord } from './audit-types';

// Only tag colours whose text passes WCAG AA contrast on their own background (cyan and green do not).
const AUTH_COLOURS: Record<string, string> = {
  token: 'blue',
  'permanent-key': 'geekblue',
  'temporary-key': 'geekblue',
  scheduler: 'purple',
};

function Targets({ targets }: { targets: AuditRecord['targets'] }) {
  return (
    <>
      {targets.map((x) => (
        <div key={`${x.id}-${x.before}-${x.after}`} style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text code>{x.id}</Typography.Text> {x.before ?? '∅'} → {x.after ?? '∅'}
        </div>
      ))}
    </>
  );
}

/** The project's audit trail (domain administrators), newest first, and whether its hash chain holds. */
export default function AuditPage() {
  const t = useT();
  const formatTime = useFormatTime();
  const api = useApi();
  const { projectId, isDomainAdmin } = useSession();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ current: 1, size: 20 });

  const records = useQuery({
    queryKey: ['audit', projectId, filter, page],
    enabled: isDomainAdmin,
    placeholderData: (previous) => previous,
    queryFn: async () =>
      unwrap(
        await api.GET('/archgate/v1/{project_id}/audit', {
          params: {
            path: { project_id: projectId },
            query: { ...filter, limit: page.size, offset: (page.current - 1) * page.size },
          },
        }),
      ).data.value,
  });
  useErrorNotification(records.error);

  if (!isDomainAdmin) {
    return (
      <div data-testid="audit-page">
        <PageHeader title={t('audit.title')} />
        <Alert type="info" showIcon title={t('audit.adminsOnly')} />
      </div>
    );
  }

  const columns = [
    { title: t('audit.col.seq'), dataIndex: 'seq', key: 'seq', width: 72 },
    { title: t('audit.col.time'), dataIndex: 'time', key: 'time', render: formatTime },
    {
      title: t('audit.col.user'),
      key: 'user',
      render: (_: unknown, r: AuditRecord) => <span title={r.user_id}>{r.user_name || r.user_id || '-'}</span>,
    },
    { title: t('audit.col.operation'), dataIndex: 'operation', key: 'operation' },
    { title: t('audit.col.targets'), key: 'targets', render: (_: unknown, r: AuditRecord) => <Targets targets={r.targets} /> },
    {
      title: t('audit.col.auth'),
      dataIndex: 'auth',
      key: 'auth',
      responsive: ['lg' as const],
      render: (v: string) => <Tag color={AUTH_COLOURS[v] ?? (v.startsWith('failed') ? 'red' : 'default')}>{v}</Tag>,
    },
    {
      title: t('audit.col.source'),
      dataIndex: 'source_ip',
      key: 'source_ip',
      responsive: ['xl' as const],
      render: (v: string | null) => v ?? '-',
    },
  ];

  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.intro')} />
      <ChainStatus />
      <AuditFilters
        onSearch={(f) => {
          setFilter(f);
          setPage((p) => ({ ...p, current: 1 }));
        }}
      />
      <Table<AuditRecord>
        rowKey="seq"
        size="middle"
        loading={records.isFetching}
        dataSource={records.data?.records ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: records.isLoading ? ' ' : <EmptyState title={t('audit.empty')} /> }}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('audit.col.outcome')}>
                <Typography.Text code style={{ wordBreak: 'break-all' }}>
                  {JSON.stringify(r.outcome)}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.col.auth')}>
                {r.auth}
                {r.access_key ? ` (${r.access_key})` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.requestId')}>{r.request_id ?? '-'}</Descriptions.Item>
              <Descriptions.Item label={t('audit.prevHash')}>
                <Typography.Text code style={{ wordBreak: 'break-all' }}>
                  {r.prev_hash}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.hash')}>
                <Typography.Text code style={{ wordBreak: 'break-all' }}>
                  {r.hash}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: records.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('audit.total', { total }),
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
    </div>
  );
}
