import { DomainError } from '../../src/domain/errors.js';
import { transact, type Store } from '../../src/store/db.js';
import { insertObjects } from '../../src/store/objects.js';
import { objectRow } from './object-row.js';

/** A row of the objects table, for the transactions of the store tests; `counter` is the one they count in. */
export const storeRow = (id: string) => objectRow(id, { biz_type: 'SUBJECT', name_en: '0' });

/**
 * One transaction of the store tests: reads the counter (the `counter` row's name_en, locked for update),
 * writes a row of its own, adds one to the counter, then fails if told to (after its writes). Answers
 * the counter it wrote.
 */
export function counterStep(store: Store, id: string, fail: boolean): Promise<number> {
  return transact(store, async (tx) => {
    const { name_en } = await tx.selectFrom('objects').select('name_en').where('id', '=', 'counter').forUpdate().executeTakeFirstOrThrow();
    await insertObjects(tx, [storeRow(id)]);
    await tx
      .updateTable('objects')
      .set({ name_en: String(Number(name_en) + 1) })
      .where('id', '=', 'counter')
      .execute();
    if (fail) throw new DomainError('OBJECT_NOT_EDITABLE', { id });
    return Number(name_en) + 1;
  });
}
