import type { Tx } from './db.js';

/** Snowflake worker ids, leased per node in the database so that two live nodes never share one. */
export async function leasedIds(tx: Tx) {
  return tx.selectFrom('worker_leases').selectAll().execute();
}

/** One worker id's lease row, if any. */
export async function leaseOf(tx: Tx, workerId: number) {
  return tx.selectFrom('worker_leases').selectAll().where('worker_id', '=', workerId).executeTakeFirst();
}

/** A lease asked for: by which node, at what time, until when. */
export interface LeaseTerms {
  nodeId: string;
  nowIso: string;
  expiresIso: string;
}

/** Takes the id when it is free or its lease has expired; answers whether this node now holds it. */
export async function tryLease(tx: Tx, workerId: number, { nodeId, nowIso, expiresIso }: LeaseTerms): Promise<boolean> {
  const r = await tx
    .insertInto('worker_leases')
    .values({ worker_id: workerId, node_id: nodeId, expires_at: expiresIso })
    .onConflict((oc) =>
      oc.column('worker_id').doUpdateSet({ node_id: nodeId, expires_at: expiresIso }).where('worker_leases.expires_at', '<', nowIso),
    )
    .returning('worker_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function renewLease(tx: Tx, workerId: number, nodeId: string, expiresIso: string): Promise<boolean> {
  const r = await tx
    .updateTable('worker_leases')
    .set({ expires_at: expiresIso })
    .where('worker_id', '=', workerId)
    .where('node_id', '=', nodeId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function releaseLease(tx: Tx, workerId: number, nodeId: string) {
  await tx.deleteFrom('worker_leases').where('worker_id', '=', workerId).where('node_id', '=', nodeId).execute();
}
