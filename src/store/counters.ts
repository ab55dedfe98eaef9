import type { Tx } from './db.js';

/** Small sequential numbers (approver ids such as "10001"), atomic on both engines. */
export async function nextCounter(tx: Tx, name: string): Promise<number> {
  const r = await tx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(r.value);
}
