import type { Api } from './api.js';
import { median } from './stats.js';

/** `reps` sets of 10,000 objects, registered and fast-published (unmeasured), for measureBatch10k. */
export async function provisionBatch10k(api: Api, reps: number, label: string): Promise<string[][]> {
  const sets: string[][] = [];
  for (let r = 0; r < reps; r++) {
    const ids = await api.createObjects(10000, 'TABLE_MODEL', `${label}_${r}`);
    await api.publishAll(ids, 'TABLE_MODEL');
    sets.push(ids);
  }
  return sets;
}

/**
 * One fast batch-offline of 10,000 items per set, timed as the HTTP request (send to last byte of the
 * answer) against a warmed server; the median over the sets.
 */
export async function measureBatch10k(api: Api, sets: string[][]): Promise<{ ms: number; runs: number[] }> {
  const runs: number[] = [];
  for (const ids of sets) runs.push(await api.batch('offline', ids, 'TABLE_MODEL'));
  return { ms: median(runs), runs };
}
