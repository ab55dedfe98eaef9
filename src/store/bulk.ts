import { sql } from 'kysely';
import { onSqlite } from './engine.js';
import { executeMany, shapedText, writeShaped } from './shaped.js';
import type { Tx } from './db.js';
import type { Insertable } from 'kysely';
import type { DB } from './schema.js';
import { chunks, statementRuns } from './chunks.js';

export { onSqlite } from './engine.js';

/** Rows per PostgreSQL statement of a bulk write: a whole batch (10,000 items), as one statement costs one round trip. */
export const BULK_ROWS = 10_000;

/**
 * Rows of one shape as one JSON parameter that PostgreSQL turns back into rows of `table`'s own row type
 * (`json_populate_recordset`): one statement and one round trip for a whole batch, each value typed by its
 * column. A key missing from a row reads as null.
 */
export function pgRowsOf<T extends keyof DB>(table: T, rows: readonly Record<string, unknown>[]) {
  return sql`json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`;
}

/**
 * Rows per SQLite statement of a bulk insert, at most. Applications and objects carry search triggers
 * (migrations 009 and 011) that write FTS5 indexes, and FTS5 writes out what it holds at every statement's
 * savepoint: a statement per row cost 2.8 times a statement per 50 rows for 10,000 applications.
 */
export const SQLITE_ROWS = 64;

/**
 * Inserts many rows (every column any row names; a missing value is null). On SQLite, multi-row statements
 * of SQLITE_ROWS rows, then the rest in statements of 32, 16, … 1 rows: a few texts per table, each compiled
 * once (store/shaped.ts) and prepared once by the driver, each run once per run of rows (runMany). On
 * PostgreSQL, one `INSERT … SELECT` of up to `perStatement` rows (pgRowsOf): a multi-row VALUES costs a round
 * trip and a parse per hundred rows.
 */
export async function insertMany<T extends keyof DB>(tx: Tx, table: T, rows: readonly Insertable<DB[T]>[], perStatement: number) {
  if (rows.length === 0) return;
  const cols = columnsOf(rows as readonly Record<string, unknown>[]);
  if (!onSqlite(tx)) {
    const names = sql.join(cols.map((c) => sql.id(c)));
    for (const part of chunks(rows as Record<string, unknown>[], perStatement))
      await sql`insert into ${sql.table(table)} (${names}) select ${names} from ${pgRowsOf(table, part)}`.execute(tx);
    return;
  }
  let at = 0;
  for (const { size, runs } of statementRuns(rows.length, SQLITE_ROWS)) {
    const text = shapedText(tx, `insert into ${table} (${cols})×${size}`, nulls(size * cols.length), () => {
      const nullRow = Object.fromEntries(cols.map((c) => [c, null]));
      return tx.insertInto(table).values(new Array(size).fill(nullRow) as never);
    });
    const lists: unknown[][] = new Array(runs);
    for (let r = 0; r < runs; r++) {
      const list: unknown[] = new Array(size * cols.length);
      let i = 0;
      for (let k = at; k < at + size; k++) {
        const row = rows[k] as Record<string, unknown>;
        for (const c of cols) list[i++] = row[c] ?? null;
      }
      lists[r] = list;
      at += size;
    }
    await executeMany(tx, text, lists);
  }
}

/**
 * Every column any row names (a row without one writes null there: the tables written in bulk have no
 * defaults). Rows built by one function name the same keys in the same order: the first row's keys serve
 * when every row has exactly those, without a set of them.
 */
function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const first = Object.keys(rows[0]!);
  const same = (r: Record<string, unknown>) => {
    let n = 0;
    for (const k in r) if (first[n++] !== k) return false;
    return n === first.length;
  };
  if (rows.every(same)) return first;
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** `n` nulls (the parameters a shape's first compile is checked against), kept per length: read only. */
const nullLists = new Map<number, readonly null[]>();
function nulls(n: number): readonly null[] {
  let list = nullLists.get(n);
  if (!list) {
    list = new Array<null>(n).fill(null);
    if (nullLists.size < 256) nullLists.set(n, list);
  }
  return list;
}

/**
 * The ids of a bulk read, in runs: SQLite binds one parameter per id, so a run is at most `sqliteRun` ids;
 * PostgreSQL takes every id as one array parameter (inIds), so one statement reads a whole batch.
 */
export function idRuns(tx: Tx, ids: readonly string[], sqliteRun = 500): readonly (readonly string[])[] {
  return onSqlite(tx) ? chunks(ids, sqliteRun) : ids.length === 0 ? [] : [ids];
}

/** `column IN (…ids)` on SQLite; `column = any($1)` with one array parameter on PostgreSQL (a run of idRuns). */
export function inIds(tx: Tx, column: string, ids: readonly string[]) {
  return onSqlite(tx) ? sql<boolean>`${sql.ref(column)} in (${sql.join(ids)})` : sql<boolean>`${sql.ref(column)} = any(${ids})`;
}

/** The parameters inIds binds, in its order (for a statement compiled once, store/shaped.ts). */
export function inIdsParams(tx: Tx, ids: readonly string[]): unknown[] {
  return onSqlite(tx) ? [...ids] : [ids];
}

/** What of a run of ids shapes inIds's text: how many on SQLite; nothing on PostgreSQL (one array parameter). */
export function inIdsShape(tx: Tx, ids: readonly string[]): string {
  return onSqlite(tx) ? `×${ids.length}` : 'any';
}

/** One row into `table`, its statement compiled once per set of columns (store/shaped.ts). As Kysely does, a column whose value is undefined is left out. */
export async function insertOne<T extends keyof DB>(tx: Tx, table: T, row: Insertable<DB[T]>): Promise<void> {
  const values = row as Record<string, unknown>;
  const cols = Object.keys(values).filter((c) => values[c] !== undefined);
  await writeShaped(
    tx,
    `insert into ${table} (${cols})`,
    cols.map((c) => values[c]),
    () => tx.insertInto(table).values(row as never),
  );
}
