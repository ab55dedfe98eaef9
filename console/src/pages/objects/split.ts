/**
 * The server takes at most 10,000 objects in one batch (and in one impact preview), a cascade's closure
 * included. A larger selection is sent as several calls, one after the other, and their answers are
 * shown as one.
 */
export const MAX_BATCH = 10000;

/** Consecutive slices of at most `size` items, in order; none empty. */
export function splitBatches<T>(items: readonly T[], size: number = MAX_BATCH): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Calls `call` for each slice in turn (never in parallel: the server orders and locks a batch's objects,
 * and two halves of one selection must not race each other), reporting progress after each.
 */
export async function runInBatches<T, R>(
  items: readonly T[],
  call: (slice: T[], index: number) => Promise<R>,
  onProgress: (done: number, total: number) => void,
  size: number = MAX_BATCH,
): Promise<R[]> {
  const slices = splitBatches(items, size);
  const results: R[] = [];
  onProgress(0, slices.length);
  for (const [i, slice] of slices.entries()) {
    results.push(await call(slice, i));
    onProgress(i + 1, slices.length);
  }
  return results;
}

/** The fields of a BatchOperationVO that merging reads. */
export interface BatchLike<G> {
  group_id: string;
  operation_status: 'RUNNING' | 'SUCCESS' | 'FAILED';
  operation_type: string;
  total: number;
  success: number;
  failed: number;
  groups?: G[] | null;
}

/**
 * Several batches' answers as one, for the result table: the items of all of them, summed counters, and
 * the status the server would give one batch holding them all (FAILED if any item failed, RUNNING while
 * any is pending, SUCCESS otherwise).
 */
export function mergeBatches<G, B extends BatchLike<G>>(batches: readonly B[]): { groupIds: string[]; merged: B } {
  if (batches.length === 0) throw new RangeError('nothing to merge');
  const [first] = batches as [B, ...B[]];
  const sum = (k: 'total' | 'success' | 'failed') => batches.reduce((n, b) => n + b[k], 0);
  const status = batches.some((b) => b.operation_status === 'FAILED')
    ? 'FAILED'
    : batches.some((b) => b.operation_status === 'RUNNING')
      ? 'RUNNING'
      : 'SUCCESS';
  return {
    groupIds: batches.map((b) => b.group_id),
    merged: {
      ...first,
      operation_status: status,
      total: sum('total'),
      success: sum('success'),
      failed: sum('failed'),
      groups: batches.flatMap((b) => b.groups ?? []),
    },
  };
}
