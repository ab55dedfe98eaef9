import { Alert, Flex, Progress, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import ResultTable from '../../components/ResultTable';
import StatusTag from '../../components/StatusTag';
import { useT } from '../../i18n';
import type { Submitted } from './submitBatch';

interface Props {
  progress: { done: number; total: number };
  submitted: Submitted | null;
  /** Each object's business type, by id: the batch answer names objects but not their types. */
  typeOf: (bizId: string) => string | undefined;
}

/** The batch as the server answered it: its counters and one row per object with the server's remark. */
export default function ResultStep({ progress, submitted, typeOf }: Props) {
  const t = useT();
  if (!submitted) {
    const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 0;
    return (
      <Flex vertical align="center" gap={8} style={{ padding: 24 }}>
        <Progress type="circle" percent={percent} data-testid="submit-progress" aria-label={t('objects.result.sending')} />
        <Typography.Text>{t('objects.result.sent', { done: progress.done, total: progress.total })}</Typography.Text>
      </Flex>
    );
  }
  const r = submitted.result;
  const items = (r.groups ?? []).map((g, i) => ({
    key: `${g.group_id}:${g.id ?? g.biz_id ?? i}`,
    name: g.biz_name ?? g.biz_id ?? '',
    type: (g.biz_id && typeOf(g.biz_id)) || g.operation_type,
    result: g.operation_status,
    remark: g.remark,
  }));
  return (
    <Flex vertical gap={12} data-testid="batch-result">
      <Flex wrap gap={24} align="center">
        <div>
          <Typography.Text type="secondary">{t('objects.result.status')}</Typography.Text>
          <div data-testid="batch-result-status">
            <StatusTag status={r.operation_status} />
          </div>
        </div>
        <Statistic title={t('batches.total')} value={r.total} />
        <Statistic title={t('batches.success')} value={r.success} />
        <Statistic title={t('batches.failed')} value={r.failed} />
      </Flex>
      {submitted.unsent > 0 ? <Alert type="error" showIcon message={t('objects.result.unsent', { count: submitted.unsent })} /> : null}
      {r.operation_status === 'RUNNING' ? <Typography.Paragraph>{t('objects.result.scheduled')}</Typography.Paragraph> : null}
      <Flex wrap gap={8}>
        {submitted.groupIds.map((id) => (
          <Link key={id} to={`/console/batches/${id}`}>
            {t('objects.result.openBatch', { id })}
          </Link>
        ))}
      </Flex>
      <ResultTable items={items} />
    </Flex>
  );
}
