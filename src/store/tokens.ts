import type { Tx } from './db.js';
import type { NewToken } from './schema.js';

/** Issued IAM tokens, kept by their SHA-256 so that the store never holds a usable token. */
export async function insertToken(tx: Tx, row: NewToken) {
  await tx.insertInto('tokens').values(row).execute();
}

/** A token with its user (null user fields when the user is gone), in one query: it runs on every request. */
export async function findTokenWithUser(tx: Tx, tokenHash: string) {
  return tx
    .selectFrom('tokens')
    .leftJoin('users', 'users.id', 'tokens.user_id')
    .select([
      'tokens.user_id',
      'tokens.project_id',
      'tokens.expires_at',
      'tokens.credential_epoch',
      'users.id as found_user_id',
      'users.name as user_name',
      'users.domain_id',
      'users.credential_epoch as user_epoch',
    ])
    .where('tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
