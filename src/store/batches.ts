import type { Tx } from './db.js';
import type { BatchItemTable, BatchTable } from './schema.js';
import { chunks } from './tenant.js';

/** The record of each batch operation and its per-item results, so a batch can be read back later. */
export async function insertBatch(tx: Tx, batch: BatchTable, items: readonly BatchItemTable[]) {
  await tx.insertInto('batches').values(batch).execute();
  for (const part of chunks(items, 200)) await tx.insertInto('batch_items').values(part).execute();
}
