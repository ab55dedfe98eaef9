import type { Clock } from '../domain/time.js';
import { transact, type Store } from '../store/db.js';
import { getSetting, putSetting } from '../store/settings.js';

const OFFSET = 'test_clock_offset_ms';
/** The setting that holds the offset: a reset (ci mode) keeps it, since time never runs backwards. */
export const TEST_CLOCK_SETTING = OFFSET;

/**
 * ARCHGATE_CLOCK=test: real time plus an offset that tests advance. The offset lives in the database so
 * that every node of a cluster sees the same time; each node re-reads it on every scheduler tick.
 */
export class TestClock implements Clock {
  private offset = 0;

  constructor(private readonly store: Store) {}

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  async refresh() {
    this.offset = Number((await getSetting(this.store.db, OFFSET)) ?? 0);
  }

  async advance(ms: number): Promise<Date> {
    await transact(this.store, async (tx) => {
      this.offset = Number((await getSetting(tx, OFFSET)) ?? 0) + ms;
      await putSetting(tx, OFFSET, String(this.offset));
    });
    return this.now();
  }
}
