import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Flex, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import PageHeader from '../../components/PageHeader';
import ResultTable from '../../components/ResultTable';
import StatusTag from '../../components/StatusTag';
import { useFormatTime, useT } from '../../i18n';
import type { StoredBatchVO } from '../objects/wire';
import BatchProgress from './BatchProgress';
import { whileRunning } from './polling';
import { scheduledAt } from './scheduledAt';

/** One batch: its progress, live until it ends, and its items with the server's remarks. */
export default function BatchDetailPage() {
  const t = useT();
  const formatTime = useFormatTime();
  const api = useApi();
  const { id = '' } = useParams();
  const { projectId, workspaceId } = useSession();
  const batch = useQuery({
    queryKey: ['batches', projectId, workspaceId, 'detail', id],
    refetchInterval: whileRunning<Pick<StoredBatchVO, 'operation_status'>>((b) => b.operation_status === 'RUNNING'),
    queryFn: async () =>
      unwrap(await api.GET('/archgate/v1/{project_id}/batches/{group_id}', { params: { path: { project_id: projectId, group_id: id } } }))
        .data.value,
  });

  const back = <Link to="/console/batches">{t('batches.back')}</Link>;
  if (batch.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (batch.isError || !batch.data) {
    const e = batch.error;
    return (
      <>
        <PageHeader title={t('batches.detailTitle', { id })} extra={back} />
        <Alert
          type="error"
          showIcon
          message={e instanceof ApiError ? e.body.error_code : t('batches.loadFailed')}
          description={e instanceof ApiError ? e.body.error_msg : e?.message}
        />
      </>
    );
  }
  const b = batch.data;
  const when = scheduledAt(b.logs, formatTime);
  const items = (b.groups ?? []).map((g, i) => ({
    key: g.id ?? `${g.biz_id ?? ''}:${i}`,
    name: g.biz_name ?? g.biz_id ?? '',
    type: t(`batches.type.${g.operation_type}`),
    result: g.operation_status,
    remark: g.remark,
  }));
  return (
    <div data-testid="batch-detail-page">
      <PageHeader title={t('batches.detailTitle', { id: b.group_id })} extra={back} />
      <Flex vertical gap={16}>
        <div data-testid="batch-detail-progress">
          <BatchProgress batch={b} />
        </div>
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('batches.type')}>{t(`batches.type.${b.operation_type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('batches.status')}>
            <span data-testid="batch-detail-status">
              <StatusTag status={b.operation_status} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('batches.total')}>{b.total}</Descriptions.Item>
          <Descriptions.Item label={t('batches.success')}>{b.success}</Descriptions.Item>
          <Descriptions.Item label={t('batches.failed')}>{b.failed}</Descriptions.Item>
          <Descriptions.Item label={t('batches.createBy')}>{b.create_by}</Descriptions.Item>
          {when ? <Descriptions.Item label={t('batches.schedule')}>{when}</Descriptions.Item> : null}
        </Descriptions>
        {b.operation_status === 'RUNNING' ? <Alert type="info" showIcon message={t('batches.live')} /> : null}
        <ResultTable items={items} caption={t('batches.items')} />
      </Flex>
    </div>
  );
}
