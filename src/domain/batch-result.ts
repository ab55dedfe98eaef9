import type { OperationStatus } from './enums.js';

export interface ItemResult {
  id: string;
  biz_id: string | null;
  biz_name: string | null;
  operation_status: OperationStatus;
  remark: string;
}

export interface BatchSummary {
  operation_status: OperationStatus;
  total: number;
  success: number;
  failed: number;
  rate: string;
}

/**
 * docs/API.md §11.2: FAILED when any item failed, RUNNING while any is still due, SUCCESS otherwise; `rate`
 * is the share of processed items as a string with two decimals.
 */
export function summarize(items: readonly Pick<ItemResult, 'operation_status'>[]): BatchSummary {
  let success = 0;
  let failed = 0;
  for (const it of items) {
    if (it.operation_status === 'SUCCESS') success++;
    else if (it.operation_status === 'FAILED') failed++;
  }
  const total = items.length;
  const running = total - success - failed;
  const operation_status: OperationStatus = failed > 0 ? 'FAILED' : running > 0 ? 'RUNNING' : 'SUCCESS';
  const rate = total === 0 ? '1.00' : ((success + failed) / total).toFixed(2);
  return { operation_status, total, success, failed, rate };
}
