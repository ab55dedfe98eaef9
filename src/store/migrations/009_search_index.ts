import { type Kysely, type Migration, SqliteAdapter, sql } from 'kysely';

/**
 * Trigram search for the name filters of the applications list and the objects list (frozen: imports no
 * live code). The filter stays `lower(column) like lower('%needle%')`; these structures only find the rows
 * that can match without reading every row of the tenant.
 *
 * Triggers keep them in step with every write, in the writer's own transaction, whatever code path writes.
 *
 * SQLite: a contentless FTS5 table with the trigram tokenizer, case-sensitive, over lower(name): SQLite's
 * lower() folds ASCII only, exactly as the filter does, so a phrase match of lower(needle) (3 characters or
 * more) is the substring match itself, with no row to re-check. Its rowid is a "doc": the tenant's key
 * (search_tenants) times 2^40 plus a number within the tenant, so that a rowid range restricts a match to
 * one tenant inside the index, and an exact count never reads a row. `<kind>_search` maps doc to id and
 * carries the list's sort keys, under an index in list order, so that a page is found without the rows.
 * Docs are numbers of their own, not SQLite rowids of the tables (VACUUM may renumber those).
 *
 * PostgreSQL: a narrow copy of the searched columns, lowered by PostgreSQL's own lower(), under a pg_trgm
 * GIN index; statement-level triggers with transition tables keep it in step with inserts and deletes (one
 * statement per write, not one per row, for the big batches).
 */

const TENANT_SPAN = 1099511627776; // 2^40

interface Kind {
  table: 'approvals' | 'objects';
  /** The list's sort column (newest first, then id). */
  time: 'submit_time' | 'create_time';
  cols: readonly string[];
}
const KINDS: readonly Kind[] = [
  { table: 'approvals', time: 'submit_time', cols: ['name_en', 'name_ch'] },
  { table: 'objects', time: 'create_time', cols: ['name_en', 'name_ch', 'code'] },
];

const single = (kind: Kind) => kind.table.replace(/s$/, '');

async function sqlite(db: Kysely<any>) {
  await sql`create table search_tenants (key integer primary key, workspace_id text not null, project_id text not null,
    unique (workspace_id, project_id))`.execute(db);
  for (const k of KINDS) {
    const side = `${single(k)}_search`;
    const fts = `${side}_fts`;
    const cols = k.cols.join(', ');
    const lowered = (row: string) => k.cols.map((c) => `lower(${row}.${c})`).join(', ');
    await sql
      .raw(`create table ${side} (doc integer primary key, id text not null unique, tkey integer not null, ${k.time} text not null)`)
      .execute(db);
    await sql.raw(`create index ${side}_order on ${side} (tkey, ${k.time}, id)`).execute(db);
    await sql
      .raw(`create virtual table ${fts} using fts5(${cols}, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1)`)
      .execute(db);
    // The next doc of the row's tenant: the highest doc below the next tenant's range plus one (one seek back
    // from a bound: SQLite's max() over a range would walk the range).
    const add = (row: string) => `
      insert into search_tenants (workspace_id, project_id) select ${row}.workspace_id, ${row}.project_id
        where not exists (select 1 from search_tenants where workspace_id = ${row}.workspace_id and project_id = ${row}.project_id);
      insert into ${side} (doc, id, tkey, ${k.time})
        select max(t.key * ${TENANT_SPAN}, coalesce((select s.doc from ${side} s where s.doc < (t.key + 1) * ${TENANT_SPAN}
                                                      order by s.doc desc limit 1), 0)) + 1, ${row}.id, t.key, ${row}.${k.time}
        from search_tenants t where t.workspace_id = ${row}.workspace_id and t.project_id = ${row}.project_id;
      insert into ${fts} (rowid, ${cols}) select doc, ${lowered(row)} from ${side} where id = ${row}.id;`;
    const remove = (row: string) => `
      delete from ${fts} where rowid = (select doc from ${side} where id = ${row}.id);
      delete from ${side} where id = ${row}.id;`;
    const watched = ['id', 'workspace_id', 'project_id', k.time, ...k.cols];
    await sql.raw(`create trigger ${side}_insert after insert on ${k.table} begin ${add('new')} end`).execute(db);
    await sql.raw(`create trigger ${side}_delete after delete on ${k.table} begin ${remove('old')} end`).execute(db);
    await sql
      .raw(
        `create trigger ${side}_update after update of ${watched.join(', ')} on ${k.table}
         when ${watched.map((c) => `old.${c} is not new.${c}`).join(' or ')}
         begin ${remove('old')} ${add('new')} end`,
      )
      .execute(db);
    // The rows already there, in their tables' order.
    await sql
      .raw(
        `insert into search_tenants (workspace_id, project_id)
         select distinct workspace_id, project_id from ${k.table} r
         where not exists (select 1 from search_tenants t where t.workspace_id = r.workspace_id and t.project_id = r.project_id)`,
      )
      .execute(db);
    await sql
      .raw(
        `insert into ${side} (doc, id, tkey, ${k.time})
         select t.key * ${TENANT_SPAN} + row_number() over (partition by t.key order by r.rowid), r.id, t.key, r.${k.time}
         from ${k.table} r join search_tenants t on t.workspace_id = r.workspace_id and t.project_id = r.project_id`,
      )
      .execute(db);
    await sql
      .raw(`insert into ${fts} (rowid, ${cols}) select s.doc, ${lowered('r')} from ${side} s join ${k.table} r on r.id = s.id`)
      .execute(db);
  }
}

async function postgres(db: Kysely<any>) {
  // A trusted extension since PostgreSQL 13: the database's owner may create it.
  await sql`create extension if not exists pg_trgm`.execute(db);
  for (const k of KINDS) {
    const side = `${single(k)}_search`;
    const colDefs = k.cols.map((c) => `${c} text`).join(', ');
    const cols = k.cols.join(', ');
    const lowered = (row: string) => k.cols.map((c) => `lower(${row}.${c})`).join(', ');
    await sql
      .raw(
        `create table ${side} (id text primary key, workspace_id text not null, project_id text not null, ${k.time} text not null, ${colDefs})`,
      )
      .execute(db);
    await sql.raw(`create index ${side}_order on ${side} (workspace_id, project_id, ${k.time}, id)`).execute(db);
    await sql.raw(`create index ${side}_trgm on ${side} using gin (${k.cols.map((c) => `${c} gin_trgm_ops`).join(', ')})`).execute(db);
    const copy = (rows: string) =>
      `insert into ${side} (id, workspace_id, project_id, ${k.time}, ${cols})
       select r.id, r.workspace_id, r.project_id, r.${k.time}, ${lowered('r')} from ${rows} r`;
    const statements = [
      `create function ${side}_insert() returns trigger language plpgsql as $$
       begin ${copy('new_rows')}; return null; end $$`,
      `create function ${side}_delete() returns trigger language plpgsql as $$
       begin delete from ${side} s using old_rows o where s.id = o.id; return null; end $$`,
      `create trigger ${side}_insert after insert on ${k.table} referencing new table as new_rows
       for each statement execute function ${side}_insert()`,
      `create trigger ${side}_delete after delete on ${k.table} referencing old table as old_rows
       for each statement execute function ${side}_delete()`,
      `create function ${side}_update() returns trigger language plpgsql as $$
       begin
         delete from ${side} where id = old.id;
         insert into ${side} (id, workspace_id, project_id, ${k.time}, ${cols})
           values (new.id, new.workspace_id, new.project_id, new.${k.time}, ${lowered('new')});
         return null;
       end $$`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
    // Row by row, but only for rows whose searched columns changed (the WHEN is evaluated without calling
    // the function): the status updates of a batch of 10,000 pay nothing. A statement trigger with
    // transition tables cannot name columns.
    const watched = ['id', 'workspace_id', 'project_id', k.time, ...k.cols];
    await sql
      .raw(
        `create trigger ${side}_update after update of ${watched.join(', ')} on ${k.table} for each row
           when (${watched.map((c) => `old.${c} is distinct from new.${c}`).join(' or ')})
           execute function ${side}_update()`,
      )
      .execute(db);
    await sql.raw(copy(k.table)).execute(db);
  }
}

export const searchIndex009: Migration = {
  async up(db: Kysely<any>) {
    if (db.getExecutor().adapter instanceof SqliteAdapter) await sqlite(db);
    else await postgres(db);
  },
};
