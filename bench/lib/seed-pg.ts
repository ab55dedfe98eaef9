import pg from 'pg';
import { APPROVAL_COLS } from './raw-sqlite.js';
import { approvalRows, type SeedInput } from './seed.js';

/**
 * seedApprovals on PostgreSQL: the same rows, in one transaction, 5,000 per statement as one JSON array
 * (`insert … select … from json_populate_recordset(…)`): one round trip and one plan per chunk, and the
 * search index's statement triggers (migration 009) run once per chunk.
 */
export async function seedApprovalsPg(url: string, s: Omit<SeedInput, 'path'>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cols = APPROVAL_COLS.join(', ');
  // One JSON parameter per chunk, typed by the table's own row type: JSON.stringify is native, where the
  // driver's array literals (one per column) took more time than the rows' generation.
  const text = `insert into approvals (${cols}) select ${cols} from json_populate_recordset(null::approvals, $1::json)`;
  try {
    await client.query('begin');
    // Building an index over a million loaded rows at once is several times faster than keeping it up to
    // date row by row (a GIN index most of all): the secondary indexes of the applications and of the
    // search table are set aside and rebuilt from their own definitions after the load, in the same
    // transaction. Indexes that back a constraint (the primary keys) stay.
    const indexes = await client.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes
        where schemaname = current_schema() and tablename in ('approvals', 'approval_search')
          and indexname not in (select conname from pg_constraint)`,
    );
    for (const ix of indexes.rows) await client.query(`drop index ${ix.name}`);
    // One chunk in flight while the next is generated: this process's work overlaps PostgreSQL's.
    let chunk: unknown[] = [];
    let inFlight: Promise<unknown> = Promise.resolve();
    const flush = async () => {
      if (chunk.length === 0) return;
      const body = JSON.stringify(chunk);
      chunk = [];
      await inFlight;
      inFlight = client.query(text, [body]);
      // Observed when awaited next; until then a failure must not count as unhandled.
      inFlight.catch(() => {});
    };
    for (const row of approvalRows(s)) {
      chunk.push(row);
      if (chunk.length === 5000) await flush();
    }
    await flush();
    await inFlight;
    await client.query(`set local maintenance_work_mem = '256MB'`);
    for (const ix of indexes.rows) await client.query(ix.def);
    await client.query('commit');
    // As autovacuum would leave them some time after a load: statistics, and the visibility map that lets
    // a count read an index without visiting the table.
    await client.query('vacuum analyze approvals');
    await client.query('vacuum analyze approval_search');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
