import { DomainError } from './errors.js';
import type { EnvType } from './enums.js';

/** The most objects one batch holds (docs/API.md §4.2: archgate takes up to 10,000), a cascade's closure included. */
export const MAX_BATCH = 10000;

/** A batch of `count` objects is refused when it is larger than MAX_BATCH. */
export function checkBatchSize(count: number): void {
  if (count > MAX_BATCH) throw new DomainError('BATCH_TOO_LARGE', { max: MAX_BATCH, count });
}

/**
 * What a batch request must be before anything is read: not too large, each object named once
 * (docs/API.md R12), and no environment that is none (§11.7).
 */
export function checkBatchItems(items: readonly { biz_id: string; env_type?: EnvType }[], envType?: EnvType | null): void {
  checkBatchSize(items.length);
  const seen = new Set<string>();
  for (const b of items) {
    if (seen.has(b.biz_id)) throw new DomainError('DUPLICATE_ITEM', { field: 'biz_infos', value: b.biz_id });
    seen.add(b.biz_id);
    if (b.env_type === 'INVALID_TYPE') throw new DomainError('ENV_TYPE_INVALID');
  }
  if (envType === 'INVALID_TYPE') throw new DomainError('ENV_TYPE_INVALID');
}
