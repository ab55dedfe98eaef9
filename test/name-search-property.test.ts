import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startServer, type TestServer } from './helpers/server.js';

/**
 * The name filter of both lists, served by the trigram index (migration 009), answers exactly what the naive
 * filter does: every row whose name_en or name_ch (or, for objects, code) contains the needle, ASCII case
 * folded, `%`, `_`, `\` and `"` literal, in list order, with the exact total, whatever the page. The names
 * mix those characters with caseless Unicode (CJK, an emoji of two UTF-16 units), so that needles of 1 and 2
 * characters (which the index cannot serve), of 2 UTF-16 units but 1 character, and of 3 or more all occur.
 * The objects are written through every path the index follows: registered, renamed in place, deleted.
 */

const ALPHABET = ['a', 'B', 'c', 'D', 'e', '%', '_', '\\', '"', ' ', '订', '单', '😀', '1'];
const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const NAMES = fc.record({
  name_en: text(1, 12),
  name_ch: fc.option(text(0, 6), { nil: null }),
  code: fc.option(text(0, 6), { nil: null }),
});
type Names = { name_en: string; name_ch: string | null; code: string | null };

/** The naive filter: substring after folding ASCII letters, as SQLite's lower() and PostgreSQL's agree on these names. */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const has = (field: string | null, needle: string) => field !== null && fold(field).includes(fold(needle));

interface Row {
  id: string;
  biz_type?: string;
  name_en: string;
  name_ch: string | null;
  code?: string | null;
}

describe.each(ENGINES)('the indexed name filter equals the naive substring filter (%s)', (engine) => {
  let s: TestServer;
  const corpus: Names[] = fc.sample(NAMES, { numRuns: 60, seed: 20261201 });
  /** Every object and every application, in list order (newest first), read without a name filter. */
  let objects: Row[] = [];
  let approvals: Row[] = [];

  const all = async (path: string): Promise<Row[]> => {
    const out: Row[] = [];
    for (let offset = 0; ; offset += 100) {
      const r = await s.call('GET', `${path}limit=100&offset=${offset}`);
      expect(r.status).toBe(200);
      out.push(...r.body.data.value.records);
      if (out.length >= r.body.data.value.total) return out;
    }
  };

  beforeAll(async () => {
    s = await startServer(engine);
    const create = async (names: Names[], bizType: string) => {
      const r = await s.call('POST', '/archgate/v1/{p}/objects', { body: { objects: names.map((n) => ({ biz_type: bizType, ...n })) } });
      expect(r.status).toBe(200);
      return r.body.data.value.records.map((o: { id: string }) => o.id) as string[];
    };
    // Published with fast approval: one application each, with the object's names.
    const published = await create(corpus.slice(0, 30), 'TABLE_MODEL');
    const pub = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: {
        biz_infos: published.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: s.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
    });
    expect(pub.body.data.value).toMatchObject({ operation_status: 'SUCCESS', success: 30 });
    // Drafts, some renamed in place (the names of others in the corpus, shuffled) and some deleted.
    const drafts = await create(corpus.slice(30), 'CODE_TABLE');
    for (const [i, id] of drafts.entries()) {
      if (i % 3 !== 0) continue;
      const r = await s.call('PUT', `/archgate/v1/{p}/objects/${id}`, { body: { biz_type: 'CODE_TABLE', ...corpus[(i * 7) % 30]! } });
      expect(r.status).toBe(200);
    }
    const gone = drafts.filter((_, i) => i % 5 === 1);
    const del = await s.call('DELETE', `/archgate/v1/{p}/objects?ids=${gone.join(',')}`);
    expect(del.status).toBe(200);
    objects = await all('/archgate/v1/{p}/objects?');
    approvals = await all('/v2/{p}/design/approvals?');
    expect(objects).toHaveLength(60 - gone.length);
    expect(approvals).toHaveLength(30);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  /** A needle: part of a stored name (its case flipped at random), or any short string of the alphabet. */
  const NEEDLE = fc.oneof(
    fc.tuple(fc.nat(59), fc.nat(11), fc.integer({ min: 1, max: 6 }), fc.boolean()).map(([i, start, len, upper]) => {
      const chars = [...corpus[i]!.name_en];
      const part = chars.slice(start % chars.length, (start % chars.length) + len).join('');
      return upper ? part.toUpperCase() : part;
    }),
    text(1, 4),
  );

  it('on both lists, any needle, any page', async () => {
    await fc.assert(
      fc.asyncProperty(NEEDLE, fc.integer({ min: 1, max: 100 }), fc.nat(40), fc.boolean(), async (needle, limit, asked, typed) => {
        const q = `name=${encodeURIComponent(needle)}&limit=${limit}&offset=${asked}`;
        // docs/API.md §1: the offset is rounded down to a multiple of the limit.
        const offset = asked - (asked % limit);
        // With another filter as well, the index restricts the ordinary query instead of answering alone.
        const objectRows = objects.filter((o) => has(o.name_en, needle) || has(o.name_ch, needle) || has(o.code ?? null, needle));
        const byType = typed ? await s.call('GET', `/archgate/v1/{p}/objects?biz_type=CODE_TABLE&${q}`) : undefined;
        const o = await s.call('GET', `/archgate/v1/{p}/objects?${q}`);
        expect(o.status).toBe(200);
        expect(o.body.data.value.total).toBe(objectRows.length);
        expect(o.body.data.value.records.map((r: Row) => r.id)).toEqual(objectRows.slice(offset, offset + limit).map((r) => r.id));
        if (byType) {
          const codeTables = objectRows.filter((r) => r.biz_type === 'CODE_TABLE');
          expect(byType.body.data.value.total).toBe(codeTables.length);
          expect(byType.body.data.value.records.map((r: Row) => r.id)).toEqual(codeTables.slice(offset, offset + limit).map((r) => r.id));
        }
        const approvalRows = approvals.filter((a) => has(a.name_en, needle) || has(a.name_ch, needle));
        const a = await s.call('GET', `/v2/{p}/design/approvals?${q}${typed ? '&approval_type=PUBLISH' : ''}`);
        expect(a.status).toBe(200);
        expect(a.body.data.value.total).toBe(approvalRows.length);
        expect(a.body.data.value.records.map((r: Row) => r.id)).toEqual(approvalRows.slice(offset, offset + limit).map((r) => r.id));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('with more matches than are read and sorted: the newest matches when they are the page, the walk when they are not', async () => {
    const ids = await (async () => {
      const r = await s.call('POST', '/archgate/v1/{p}/objects', {
        body: { objects: Array.from({ length: 2400 }, (_, i) => ({ biz_type: 'DIMENSION', name_en: `bulkrow_${i}` })) },
      });
      expect(r.status).toBe(200);
      return r.body.data.value.records.map((o: { id: string }) => o.id) as string[];
    })();
    const rename = async (id: string, name_en: string) => {
      const r = await s.call('PUT', `/archgate/v1/{p}/objects/${id}`, { body: { biz_type: 'DIMENSION', name_en } });
      expect(r.status).toBe(200);
    };
    const check = async () => {
      const every = await all('/archgate/v1/{p}/objects?biz_type=DIMENSION&');
      const expected = every.filter((o) => has(o.name_en, 'BULKROW'));
      expect(expected.length).toBeGreaterThan(2000);
      for (const [limit, offset] of [
        [50, 0],
        [7, 7],
        [100, 900],
        [100, 2300],
      ] as const) {
        const r = await s.call('GET', `/archgate/v1/{p}/objects?name=BULKROW&limit=${limit}&offset=${offset}`);
        expect(r.body.data.value.total).toBe(expected.length);
        expect(r.body.data.value.records.map((x: Row) => x.id)).toEqual(expected.slice(offset, offset + limit).map((x) => x.id));
      }
    };
    // Renamed away: the rest still match in the order their index entries were made.
    for (const id of ids.slice(0, 40)) await rename(id, `moved_${id}`);
    await check();
    // Renamed within the match: these get the newest index entries but keep their place in the list.
    for (const id of ids.slice(100, 140)) await rename(id, `bulkrow_again_${id}`);
    await check();
  }, 120_000);
});
