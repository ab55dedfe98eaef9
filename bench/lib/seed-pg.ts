import pg from 'pg';
import { APPROVAL_COLS } from './raw-sqlite.js';
import { approvalRows, type SeedInput } from './seed.js';

const INTEGER_COLS = new Set(['biz_version', 'is_edit']);

/**
 * seedApprovals on PostgreSQL: the same rows, in one transaction, 5,000 per statement as one array per
 * column (`insert … select * from unnest(…)`): one round trip and one plan per chunk, and the search
 * index's statement triggers (migration 009) run once per chunk.
 */
export async function seedApprovalsPg(url: string, s: Omit<SeedInput, 'path'>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const casts = APPROVAL_COLS.map((c, i) => `$${i + 1}::${INTEGER_COLS.has(c) ? 'integer' : 'text'}[]`).join(', ');
  const text = `insert into approvals (${APPROVAL_COLS.join(', ')}) select * from unnest(${casts})`;
  try {
    await client.query('begin');
    let columns: unknown[][] = APPROVAL_COLS.map(() => []);
    const flush = async () => {
      if (columns[0]!.length > 0) await client.query(text, columns);
      columns = APPROVAL_COLS.map(() => []);
    };
    for (const row of approvalRows(s)) {
      const r = row as unknown as Record<string, unknown>;
      for (const [i, c] of APPROVAL_COLS.entries()) columns[i]!.push(r[c] ?? null);
      if (columns[0]!.length === 5000) await flush();
    }
    await flush();
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
