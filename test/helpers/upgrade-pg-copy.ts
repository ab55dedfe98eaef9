import Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';

type Row = Record<string, unknown>;

/**
 * Copies every row of a SQLite store into a PostgreSQL database of the same schema (made by the same
 * migrations), in one transaction, as the PostgreSQL store of the same release would hold them. The
 * schemas must match table for table and column for column: a difference means the two were not made
 * by the same migrations, and the copy would not be the old release's store.
 */
export async function copySqliteStore(sqliteFile: string, db: Kysely<any>): Promise<void> {
  const lite = new Database(sqliteFile, { readonly: true });
  try {
    const all = <T>(query: string) => lite.prepare(query).all() as T[];
    const liteTables = all<{ name: string }>(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
    ).map((t) => t.name);
    const pgColumns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`.execute(db);
    const typeOf = new Map<string, Map<string, string>>();
    for (const c of pgColumns.rows) {
      if (!typeOf.has(c.table_name)) typeOf.set(c.table_name, new Map());
      typeOf.get(c.table_name)!.set(c.column_name, c.data_type);
    }
    const pgTables = [...typeOf.keys()].sort();
    if (JSON.stringify(pgTables) !== JSON.stringify(liteTables))
      throw new Error(`the schemas differ: sqlite has ${liteTables.join(',')}; postgres has ${pgTables.join(',')}`);
    // Without sequences (every key is text or a given integer) no counter needs resetting after the copy.
    const seqs = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.sequences where sequence_schema = 'public'`.execute(db);
    if (seqs.rows[0]!.n !== 0) throw new Error('the PostgreSQL schema has sequences: reset them after the copy');

    await db.transaction().execute(async (tx) => {
      for (const table of liteTables) {
        // Kysely's lock row is its own state on each engine.
        if (table === 'kysely_migration_lock') continue;
        // The fixture's rows replace what the migrations wrote: their seeds (the approver counter), and the
        // migration rows of this run, whose times would not be the old release's.
        await tx.deleteFrom(table).execute();
        const types = typeOf.get(table)!;
        const liteCols = all<{ name: string }>(`pragma table_info("${table}")`)
          .map((c) => c.name)
          .sort();
        if (JSON.stringify(liteCols) !== JSON.stringify([...types.keys()].sort()))
          throw new Error(`the columns of ${table} differ: sqlite has ${liteCols.join(',')}; postgres has ${[...types.keys()].join(',')}`);
        const rows = all<Row>(`select * from "${table}"`).map((r) => convert(table, r, types));
        if (rows.length) await tx.insertInto(table).values(rows).execute();
      }
    });
  } finally {
    lite.close();
  }
}

/**
 * One row as PostgreSQL holds it. Migrations 001 to 005 use only `text` and `integer` (flags are 0/1
 * integers on both engines, not booleans), so a value passes unchanged if its SQLite storage class fits
 * the column; one that does not fails the copy instead of being coerced into something the old release
 * never wrote.
 */
function convert(table: string, row: Row, types: Map<string, string>): Row {
  for (const [column, value] of Object.entries(row)) {
    if (value === null) continue;
    const type = types.get(column);
    const fits =
      type === 'integer'
        ? typeof value === 'number' && Number.isInteger(value)
        : (type === 'text' || type === 'character varying') && typeof value === 'string';
    if (!fits) throw new Error(`${table}.${column}: ${typeof value} ${JSON.stringify(value)} does not fit ${type}`);
  }
  return row;
}
