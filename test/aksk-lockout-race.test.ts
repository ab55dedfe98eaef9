import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { createKey, dropKey, handSign, send } from './helpers/aksk.js';
import { ENGINES, freshDbUrl, startServer, type TestServer } from './helpers/server.js';

const LOCKED = 'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden';
const BAD_SIGNATURE = 'Incorrect IAM authentication information: verify aksk signature fail';
const PARALLEL = 100;

/**
 * The failure counter is one atomic statement: parallel failures cannot overwrite one another's count,
 * so the lock comes at the 5th failure however the requests interleave.
 */
describe.each(ENGINES)('AK lockout under parallel failures (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    // A file-backed SQLite, so that the test can read the counter as a second node would.
    const db = engine === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'ag-race-')), 'a.db')}` : await freshDbUrl(engine);
    s = await startServer(engine, {}, db);
  });

  async function failuresOf(access: string) {
    const st = await openStore(s.dbUrl);
    try {
      return await st.db.selectFrom('aksk_failures').selectAll().where('access', '=', access).executeTakeFirst();
    } finally {
      await st.close();
    }
  }
  afterAll(async () => {
    await s.close();
  });

  it(`locks the key when ${PARALLEL} bad signatures arrive at once, and then refuses a good one`, async () => {
    const key = await createKey(s);
    try {
      const path = `/v2/${s.projectId}/design/approvals`;
      const replies = await Promise.all(
        Array.from({ length: PARALLEL }, () => send(s, handSign(s, { ...key, secret: 'wrong' }, 'GET', path, undefined))),
      );
      for (const r of replies) {
        expect(r.status).toBe(401);
        expect([BAD_SIGNATURE, LOCKED]).toContain(r.body.error_msg);
      }
      // Every failure the callers were told of was counted: none overwrote another.
      const failed = replies.filter((r) => r.body.error_msg === BAD_SIGNATURE).length;
      expect(failed).toBeGreaterThanOrEqual(5);
      expect((await failuresOf(key.access))?.failures).toBe(failed);

      const good = await send(s, handSign(s, key, 'GET', path, undefined));
      expect(good.status).toBe(401);
      expect(good.body.error_msg).toBe(LOCKED);
    } finally {
      await dropKey(s, key);
    }
  });

  it('locks at exactly the 5th failure when they arrive in parallel in fives', async () => {
    const key = await createKey(s);
    try {
      const path = `/v2/${s.projectId}/design/approvals`;
      const four = await Promise.all(
        Array.from({ length: 4 }, () => send(s, handSign(s, { ...key, secret: 'wrong' }, 'GET', path, undefined))),
      );
      expect(four.map((r) => r.body.error_msg)).toEqual(Array(4).fill(BAD_SIGNATURE));
      // Four failures do not lock: a good signature still passes (and ends the count).
      expect((await send(s, handSign(s, key, 'GET', path, undefined))).status).toBe(200);
      const five = await Promise.all(
        Array.from({ length: 5 }, () => send(s, handSign(s, { ...key, secret: 'wrong' }, 'GET', path, undefined))),
      );
      expect(five.map((r) => r.body.error_msg)).toEqual(Array(5).fill(BAD_SIGNATURE));
      expect((await send(s, handSign(s, key, 'GET', path, undefined))).body.error_msg).toBe(LOCKED);
    } finally {
      await dropKey(s, key);
    }
  });
});
