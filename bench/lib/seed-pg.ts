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
  let definitions: string[];
  try {
    await client.query('begin');
    // Building an index over a million loaded rows at once is several times faster than keeping it up to
    // date row by row (a GIN index most of all): the secondary indexes of the applications and of the
    // search table, and the trigram index of the names' counts (migration 011), are set aside and rebuilt
    // from their own definitions once the load has committed. Indexes that back a constraint
    // (the primary keys) stay, and so does the names' unique key, which their triggers' upserts need.
    const indexes = await client.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes
        where schemaname = current_schema()
          and (tablename in ('approvals', 'approval_search') or indexname = 'approval_name_counts_trgm')
          and indexname not in (select conname from pg_constraint)`,
    );
    for (const ix of indexes.rows) await client.query(`drop index ${ix.name}`);
    definitions = indexes.rows.map((ix) => ix.def);
    // The counts of migration 011 are made from all the rows at once after the load, as the migration makes
    // them over an existing table, rather than by its trigger chunk by chunk.
    await client.query('alter table approvals disable trigger approval_counts_insert');
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
    await countSeeded(client);
    await client.query('alter table approvals enable trigger approval_counts_insert');
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    await client.end();
    throw err;
  }
  // The indexes are built after the commit, two at a time on two connections, the trigram ones first (the
  // longest: 10 of the 29 s that one connection took over a million rows): a build uses one core, and by
  // then the other core is mostly free. Nothing reads the database before the seeding ends.
  const builds = definitions.sort((a, b) => Number(/using gin/i.test(b)) - Number(/using gin/i.test(a)));
  const second = new pg.Client({ connectionString: url });
  try {
    await second.connect();
    await onEach([client, second], `set maintenance_work_mem = '256MB'`);
    await inTurns([client, second], builds);
    // As autovacuum would leave them some time after a load: statistics, and the visibility map that lets
    // a count read an index without visiting the table.
    await inTurns(
      [client, second],
      ['approvals', 'approval_search', 'approval_name_counts', 'approval_status_counts'].map((t) => `vacuum analyze ${t}`),
    );
  } finally {
    await Promise.all([client.end(), second.end().catch(() => {})]);
  }
}

async function onEach(clients: pg.Client[], statement: string) {
  await Promise.all(clients.map((c) => c.query(statement)));
}

/** Runs the statements in order, each on whichever connection is free first. */
async function inTurns(clients: pg.Client[], statements: string[]) {
  const queue = [...statements];
  await Promise.all(
    clients.map(async (c) => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await c.query(next);
    }),
  );
}

/** Migration 011's counts over every application (the seeding transaction holds the table). */
async function countSeeded(client: pg.Client) {
  await client.query('delete from approval_status_counts');
  await client.query(`insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n)
    select workspace_id, project_id, approval_status, approval_type, count(*) from approvals
    group by workspace_id, project_id, approval_status, approval_type`);
  await client.query('delete from approval_name_counts');
  await client.query(`insert into approval_name_tenants (workspace_id, project_id)
    select distinct workspace_id, project_id from approvals on conflict do nothing`);
  await client.query(`insert into approval_name_counts (tkey, n, name_en, name_ch)
    select t.key, count(*), lower(a.name_en), coalesce(lower(a.name_ch), '') from approvals a
    join approval_name_tenants t on t.workspace_id = a.workspace_id and t.project_id = a.project_id
    group by t.key, lower(a.name_en), coalesce(lower(a.name_ch), '')`);
}
