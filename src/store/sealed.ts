import type { Tx } from './db.js';
import { getSetting, putSetting } from './settings.js';
import { anyWebhookSecret } from './webhooks.js';

/**
 * The secrets a store holds sealed under the sealing key: access keys' secret keys, webhooks' secrets,
 * and the admin password generated on the first start until a start has shown it.
 */

const PENDING_PASSWORD = 'first_start_password';

/** One sealed secret, for checking at start that the sealing key opens the store's secrets. */
export async function anySealedSecret(tx: Tx): Promise<string | undefined> {
  const key = await tx.selectFrom('access_keys').select('secret_sealed').limit(1).executeTakeFirst();
  return key?.secret_sealed ?? (await getSetting(tx, PENDING_PASSWORD)) ?? (await anyWebhookSecret(tx));
}

export async function pendingPassword(tx: Tx): Promise<string | undefined> {
  return getSetting(tx, PENDING_PASSWORD);
}

export async function putPendingPassword(tx: Tx, sealed: string): Promise<void> {
  await putSetting(tx, PENDING_PASSWORD, sealed);
}

export async function forgetPendingPassword(tx: Tx): Promise<void> {
  await tx.deleteFrom('settings').where('name', '=', PENDING_PASSWORD).execute();
}
