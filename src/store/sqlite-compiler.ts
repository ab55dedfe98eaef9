import { SqliteQueryCompiler, type SelectQueryNode } from 'kysely';

/** Row-lock clauses: PostgreSQL's FOR UPDATE / FOR SHARE family and their NOWAIT / SKIP LOCKED. */
const ROW_LOCKS = new Set(['ForUpdate', 'ForShare', 'ForKeyShare', 'ForNoKeyUpdate', 'NoWait', 'SkipLocked']);

/**
 * SQLite's compiler, less row locks. SQLite runs one write transaction at a time (archgate begins them
 * IMMEDIATE), which already gives every read in it the guarantee a row lock gives on PostgreSQL; SQLite
 * has no such clause and would refuse the statement. With this, queries state the lock they need once,
 * for both engines, instead of every caller asking which engine it runs on.
 */
export class SqliteLockFreeCompiler extends SqliteQueryCompiler {
  protected override visitSelectQuery(node: SelectQueryNode): void {
    const kept = node.endModifiers?.filter((m) => !(m.modifier && ROW_LOCKS.has(m.modifier)));
    const unchanged = !node.endModifiers || kept?.length === node.endModifiers.length;
    super.visitSelectQuery(unchanged ? node : { ...node, endModifiers: kept?.length ? kept : undefined });
  }
}
