import { isDeepStrictEqual } from 'node:util';
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Tx } from './db.js';
import { onSqlite } from './engine.js';
import { runDirect, runMany } from './sqlite-driver.js';

/**
 * SQL text compiled once per statement shape. Kysely builds a query's tree and compiles it to text at
 * every call; for the statements every write runs, that was about a sixth of a request's CPU (docs/PERFORMANCE.md,
 * round 5). The text depends only on the shape (the engine, the columns, how many ids), so a caller names
 * the shape and gives the parameters in the order the text binds them, and later calls bind them to the
 * kept text without building anything.
 *
 * The first call of a shape builds and compiles the query with its real parameters, and fails unless they
 * are exactly the ones the caller gave. Under the tests (vitest sets VITEST, and the nodes they start
 * inherit it) every call is built and checked, text and parameters: a key that misses part of the shape
 * (a lock, an optional filter) fails there as soon as two calls of one key build different SQL, instead of
 * running the first call's text for the second.
 */
const texts = new Map<string, string>();
/** Shapes are few (statements × id counts up to a chunk); past this, texts are compiled and not kept. */
const MAX_SHAPES = 4096;
const CHECK_EVERY_CALL = Boolean(process.env.VITEST);

function textOf(tx: Tx, shape: string, params: readonly unknown[], build: () => Compilable<unknown>): string {
  const key = `${onSqlite(tx) ? 'sqlite' : 'postgres'} ${shape}`;
  const kept = texts.get(key);
  if (kept !== undefined && !CHECK_EVERY_CALL) return kept;
  const compiled = build().compile();
  if (!isDeepStrictEqual(compiled.parameters, params))
    throw new Error(`store: the statement shaped ${shape} binds other parameters than its caller gives`);
  if (kept !== undefined && kept !== compiled.sql) throw new Error(`store: two statements of different SQL share the shape ${shape}`);
  if (kept === undefined && texts.size < MAX_SHAPES) texts.set(key, compiled.sql);
  return compiled.sql;
}

/** Runs `sql`: at once on a SQLite transaction's own connection when it can (runDirect), else through Kysely. */
export async function execute<R>(tx: Tx, sql: string, params: readonly unknown[]): Promise<QueryResult<R>> {
  return runDirect<R>(tx, sql, params) ?? (await tx.executeQuery<R>(CompiledQuery.raw(sql, params as unknown[])));
}

/** Runs a SQLite write once per parameter list in one call (runMany); answers how many rows it changed. */
export async function executeMany(tx: Tx, sql: string, paramLists: readonly unknown[][]): Promise<number> {
  const many = runMany(sql, paramLists);
  return Number((await execute(tx, many.sql, many.parameters)).numAffectedRows ?? 0n);
}

/** Runs the statement `build` makes, compiled once for `shape`, with `params`; answers its rows. */
export async function runShaped<R>(tx: Tx, shape: string, params: readonly unknown[], build: () => Compilable<R>): Promise<R[]> {
  return (await execute<R>(tx, textOf(tx, shape, params, build), params)).rows;
}

/** Runs a write `build` makes, compiled once for `shape`; answers how many rows it changed. */
export async function writeShaped(tx: Tx, shape: string, params: readonly unknown[], build: () => Compilable<unknown>): Promise<number> {
  const r = await execute(tx, textOf(tx, shape, params, build), params);
  return Number(r.numAffectedRows ?? 0n);
}

/** The text alone, for statements the SQLite driver runs once per parameter list (runMany). */
export function shapedText(tx: Tx, shape: string, params: readonly unknown[], build: () => Compilable<unknown>): string {
  return textOf(tx, shape, params, build);
}
