import type { Tx } from './db.js';

export async function getSetting(tx: Tx, name: string): Promise<string | undefined> {
  return (await tx.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirst())?.value;
}

export async function putSetting(tx: Tx, name: string, value: string) {
  await tx
    .insertInto('settings')
    .values({ name, value })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
    .execute();
}
