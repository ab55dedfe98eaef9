import type { OperationStatus } from './enums.js';

export interface ItemResult {
  id: string;
  biz_id: string | null;
  biz_name: string | null;
  operation_status: OperationStatus;
  remark: string;
}

export interface BatchCounts {
  total: number;
  success: number;
  failed: number;
}

export interface BatchSummary extends BatchCounts {
  operation_status: OperationStatus;
  rate: string;
}

/** docs/API.md §11.2: the share of processed items, as a string with two decimals; an empty batch is done. */
export function rateOf(c: BatchCounts): string {
  return c.total === 0 ? '1.00' : ((c.success + c.failed) / c.total).toFixed(2);
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
  return { operation_status, total, success, failed, rate: rateOf({ total, success, failed }) };
}
