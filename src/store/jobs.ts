import { sql } from 'kysely';
import type { Tx } from './db.js';
import type { JobTable } from './schema.js';

/**
 * The durable job table (docs/JOBS.md): a due job is claimed atomically by one node, with a lease
 * (`locked_until`) after which another node may take it over if the first died.
 */
export async function insertJob(tx: Tx, row: JobTable) {
  await tx.insertInto('jobs').values(row).execute();
}

/** Up to `limit` due jobs (or jobs whose claim expired), claimed for `nodeId` until `leaseUntilIso`. */
export async function claimDueJobs(tx: Tx, claim: { nodeId: string; nowIso: string; leaseUntilIso: string; limit: number }) {
  const { nodeId, nowIso, leaseUntilIso, limit } = claim;
  const due = tx
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'ready'), eb('run_at', '<=', nowIso)]),
        eb.and([eb('state', '=', 'running'), eb('locked_until', '<', nowIso)]),
      ]),
    )
    .orderBy('run_at')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  return tx
    .updateTable('jobs')
    .set({ state: 'running', locked_by: nodeId, locked_until: leaseUntilIso, attempts: sql`attempts + 1` })
    .where('id', 'in', due)
    .returning(['id', 'kind', 'ref', 'run_at'])
    .execute();
}

/** Marks a job done, only if this node still holds it; answers whether it did. */
export async function finishJob(tx: Tx, id: string, nodeId: string): Promise<boolean> {
  const r = await tx
    .updateTable('jobs')
    .set({ state: 'done', locked_until: null })
    .where('id', 'in', [id])
    .where('state', '=', 'running')
    .where('locked_by', '=', nodeId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives a claimed job back (at shutdown), so that another node runs it at once. */
export async function releaseJobs(tx: Tx, nodeId: string) {
  await tx
    .updateTable('jobs')
    .set({ state: 'ready', locked_by: null, locked_until: null })
    .where('state', '=', 'running')
    .where('locked_by', '=', nodeId)
    .execute();
}
