import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../src/domain/errors.js';
import { openStore, transact, type Store } from '../src/store/db.js';
import { insertObjects } from '../src/store/objects.js';
import { objectRow } from './helpers/object-row.js';
import { ENGINES, freshDbUrl } from './helpers/server.js';

const row = (id: string) => objectRow(id, { biz_type: 'SUBJECT' });
const lockRow = (tx: Parameters<Parameters<typeof transact>[1]>[0], id: string) =>
  tx.selectFrom('objects').select('id').where('id', '=', id).forUpdate().execute();

describe.each(ENGINES)('transact (%s)', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await freshDbUrl(engine));
    await insertObjects(store.db, [row('a'), row('b')]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('runs the work once and commits it; a domain error is answered at once, not retried', async () => {
    let runs = 0;
    await transact(store, async (tx) => {
      runs++;
      await tx.updateTable('objects').set({ name_en: 'once' }).where('id', '=', 'a').execute();
    });
    expect(runs).toBe(1);
    expect((await store.db.selectFrom('objects').select('name_en').where('id', '=', 'a').executeTakeFirstOrThrow()).name_en).toBe('once');
    runs = 0;
    await expect(
      transact(store, async () => {
        runs++;
        throw new DomainError('OBJECT_NOT_EDITABLE', { id: 'a' });
      }),
    ).rejects.toThrow(DomainError);
    expect(runs).toBe(1);
  });
});

/** Deadlocks exist only where several writers run at once: SQLite runs one write transaction at a time. */
describe('transact on PostgreSQL', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await freshDbUrl('postgres'));
    await insertObjects(store.db, [row('a'), row('b')]);
  });
  afterAll(async () => {
    await store.close();
  });

  it('two transactions locking two rows in opposite orders both complete: the deadlock victim runs again', async () => {
    // Each holds its first row until the other has taken its own, so the second locks cross for certain.
    let arrived = 0;
    let release!: () => void;
    const bothHold = new Promise<void>((r) => {
      release = r;
    });
    const runs = { ab: 0, ba: 0 };
    const crossing = (first: string, second: string, key: 'ab' | 'ba') =>
      transact(store, async (tx) => {
        runs[key]++;
        await lockRow(tx, first);
        if (runs[key] === 1) {
          if (++arrived === 2) release();
          await bothHold;
        }
        await lockRow(tx, second);
        await tx.updateTable('objects').set({ name_en: key }).where('id', '=', first).execute();
        return key;
      });
    await expect(Promise.all([crossing('a', 'b', 'ab'), crossing('b', 'a', 'ba')])).resolves.toEqual(['ab', 'ba']);
    // PostgreSQL ended exactly one of them with 40P01; that one ran a second time.
    expect(runs.ab + runs.ba).toBe(3);
  });
});
