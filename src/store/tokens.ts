import type { Tx } from './db.js';
import type { TokenTable } from './schema.js';

/** Issued IAM tokens, kept by their SHA-256 so that the store never holds a usable token. */
export async function insertToken(tx: Tx, row: TokenTable) {
  await tx.insertInto('tokens').values(row).execute();
}

export async function findToken(tx: Tx, tokenHash: string) {
  return tx.selectFrom('tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
