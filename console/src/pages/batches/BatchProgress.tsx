import { Progress } from 'antd';
import { useT } from '../../i18n';
import type { BatchOperationVO } from '../objects/wire';

type Head = Pick<BatchOperationVO, 'operation_status' | 'rate' | 'total' | 'success' | 'failed'>;

/** The share of a batch's items processed (the server's `rate`), live while the batch runs. */
export function percentOf(b: Head): number {
  const rate = b.rate === null ? Number.NaN : Number(b.rate);
  if (Number.isFinite(rate)) return Math.round(rate * 100);
  return b.total ? Math.round(((b.success + b.failed) / b.total) * 100) : 0;
}

export default function BatchProgress({ batch, size = 'default' }: { batch: Head; size?: 'small' | 'default' }) {
  const t = useT();
  const percent = percentOf(batch);
  const status = batch.operation_status === 'RUNNING' ? 'active' : batch.operation_status === 'FAILED' ? 'exception' : 'success';
  return (
    <Progress
      percent={percent}
      status={status}
      size={size}
      style={{ minWidth: 120 }}
      aria-label={t('batches.progress', { percent })}
      data-testid="batch-progress"
      data-percent={percent}
      data-status={batch.operation_status}
    />
  );
}
