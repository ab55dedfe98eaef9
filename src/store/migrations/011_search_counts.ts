import { type Kysely, type Migration, SqliteAdapter, sql } from 'kysely';

/**
 * Exact totals of the applications list without counting every matching application (frozen: imports no
 * live code). Kept by triggers in the writer's own transaction, whatever path writes.
 *
 * The name filter, both engines: an application copies its object's name, and an object is submitted
 * again and again (publish, offline, publish again), so the tenant's distinct (name_en, name_ch) pairs,
 * lowered as migration 009 lowers them, are indexed once each with the number of applications that carry
 * them; the total of a needle is the sum over the distinct names that contain it. The filter's meaning is
 * unchanged: a name matches or not, and every application carrying it with it.
 * - SQLite: `approval_names` (tenant, names) -> doc, a trigram FTS5 table over the names (contentless,
 *   docs numbered as in migration 009, the tenant's key times 2^40 plus a number), `approval_name_counts`
 *   doc -> count, two integers a row. Row triggers.
 * - PostgreSQL: `approval_name_counts` (tenant's number, count, names) under a pg_trgm index, narrow so that
 *   re-checking the LIKE touches few pages. Upserts in one order (tenant, names): writers of different
 *   names never wait on each other, writers of the same names lock them in the same order.
 *
 * The status and type filters, PostgreSQL (SQLite counts the inbox index within the goal):
 * `approval_status_counts` holds signed deltas per (tenant, status, type) that sum to the count. Writers
 * only insert deltas, so concurrent writers never wait on a shared counter row nor deadlock on one; one
 * statement in FOLD_EVERY folds its tenant's deltas into one row per key (one folder per tenant at a time,
 * the others skip). A status filter's total is then the sum of a few rows.
 *
 * PostgreSQL's triggers: one statement trigger with transition tables for inserts and one for deletes
 * (one call per statement, not per row: a batch of 10,000 pays once), row triggers with a WHEN for the
 * updates that move an application between keys (a decision, a withdrawal, a rename), and a TRUNCATE
 * trigger that empties the counts with the table.
 */

/** Every how many delta statements a writer folds its tenant's deltas. */
const FOLD_EVERY = 64;
/** The advisory lock class of the fold (the second key is the tenant's hash). */
const FOLD_LOCK = 1101;

async function postgres(db: Kysely<any>) {
  // The counts start from the rows already there: no other writer may add one before the triggers exist.
  await sql`lock table approvals in share mode`.execute(db);
  const statements = [
    `create table approval_status_counts (workspace_id text not null, project_id text not null,
       approval_status text not null, approval_type text not null, n bigint not null)`,
    `create index approval_status_counts_key on approval_status_counts (workspace_id, project_id, approval_status, approval_type) include (n)`,
    `create sequence approval_status_counts_ticks`,
    `create function approval_status_counts_fold(ws text, pj text) returns void language plpgsql as $$
     begin
       if not pg_try_advisory_xact_lock(${FOLD_LOCK}, hashtext(ws || '/' || pj)) then return; end if;
       with gone as (delete from approval_status_counts where workspace_id = ws and project_id = pj
                     returning approval_status, approval_type, n)
       insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n)
         select ws, pj, approval_status, approval_type, sum(n) from gone group by approval_status, approval_type
         having sum(n) <> 0;
     end $$`,
    `create function approval_status_counts_update() returns trigger language plpgsql as $$
     begin
       insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n) values
         (old.workspace_id, old.project_id, old.approval_status, old.approval_type, -1),
         (new.workspace_id, new.project_id, new.approval_status, new.approval_type, 1);
       if nextval('approval_status_counts_ticks') % ${FOLD_EVERY} = 0 then
         perform approval_status_counts_fold(new.workspace_id, new.project_id);
       end if;
       return null;
     end $$`,
    `create trigger approval_status_counts_update after update of workspace_id, project_id, approval_status, approval_type
       on approvals for each row
       when (old.workspace_id is distinct from new.workspace_id or old.project_id is distinct from new.project_id
             or old.approval_status is distinct from new.approval_status or old.approval_type is distinct from new.approval_type)
       execute function approval_status_counts_update()`,
    `insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n)
       select workspace_id, project_id, approval_status, approval_type, count(*) from approvals
       group by workspace_id, project_id, approval_status, approval_type`,

    // A tenant's number in approval_name_counts: the rows stay narrow (the fewer pages, the faster a count).
    `create table approval_name_tenants (key serial primary key, workspace_id text not null, project_id text not null,
       unique (workspace_id, project_id))`,
    `create table approval_name_counts (tkey integer not null, n integer not null, name_en text not null, name_ch text not null)
       with (fillfactor = 85)`,
    // The names themselves are the key: a hash in an index expression would cost a function call at every
    // write. Within the wire's bounds (200 characters a name) an entry fits a B-tree page.
    `create unique index approval_name_counts_key on approval_name_counts (tkey, name_en, name_ch)`,
    `create index approval_name_counts_trgm on approval_name_counts using gin (name_en gin_trgm_ops, name_ch gin_trgm_ops)`,
    // Adds signed counts per (tenant, name) from rows of approvals (as JSON), in one order (tenant, names) as
    // the insert trigger does, so that two writers of the same names lock them in the same order; a name no
    // application carries any more goes.
    `create function approval_name_counts_add(rows jsonb, sign integer) returns void language plpgsql as $$
     begin
       insert into approval_name_tenants (workspace_id, project_id)
         select distinct x.workspace_id, x.project_id from jsonb_to_recordset(rows) as x(workspace_id text, project_id text)
         order by 1, 2
       on conflict do nothing;
       with d as (
         select t.key as tkey, lower(x.name_en) as name_en, coalesce(lower(x.name_ch), '') as name_ch
         from jsonb_to_recordset(rows) as x(workspace_id text, project_id text, name_en text, name_ch text)
         join approval_name_tenants t on t.workspace_id = x.workspace_id and t.project_id = x.project_id
       ), g as (
         select tkey, name_en, name_ch, sign * count(*) as n from d group by tkey, name_en, name_ch
       )
       insert into approval_name_counts (tkey, n, name_en, name_ch)
         select tkey, n, name_en, name_ch from g order by tkey, name_en, name_ch
       on conflict (tkey, name_en, name_ch) do update set n = approval_name_counts.n + excluded.n;
       if sign < 0 then
         delete from approval_name_counts c using approval_name_tenants t, jsonb_to_recordset(rows) as x(workspace_id text, project_id text, name_en text, name_ch text)
           where t.workspace_id = x.workspace_id and t.project_id = x.project_id and c.tkey = t.key
             and c.name_en = lower(x.name_en) and c.name_ch = coalesce(lower(x.name_ch), '') and c.n = 0;
       end if;
     end $$`,
    // One trigger per statement for both counts: one call, one pass over the transition table each.
    `create function approval_counts_insert() returns trigger language plpgsql as $$
     declare tenant record;
     begin
       insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n)
         select workspace_id, project_id, approval_status, approval_type, count(*) from new_rows
         group by workspace_id, project_id, approval_status, approval_type;
       if nextval('approval_status_counts_ticks') % ${FOLD_EVERY} = 0 then
         for tenant in select distinct workspace_id, project_id from new_rows loop
           perform approval_status_counts_fold(tenant.workspace_id, tenant.project_id);
         end loop;
       end if;
       insert into approval_name_tenants (workspace_id, project_id)
         select distinct workspace_id, project_id from new_rows r where not exists
           (select 1 from approval_name_tenants t where t.workspace_id = r.workspace_id and t.project_id = r.project_id)
         order by 1, 2
       on conflict do nothing;
       insert into approval_name_counts (tkey, n, name_en, name_ch)
         select t.key, count(*), lower(r.name_en), coalesce(lower(r.name_ch), '') from new_rows r
         join approval_name_tenants t on t.workspace_id = r.workspace_id and t.project_id = r.project_id
         group by t.key, lower(r.name_en), coalesce(lower(r.name_ch), '') order by 1, 3, 4
       on conflict (tkey, name_en, name_ch) do update set n = approval_name_counts.n + excluded.n;
       return null;
     end $$`,
    `create function approval_counts_delete() returns trigger language plpgsql as $$
     begin
       insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n)
         select workspace_id, project_id, approval_status, approval_type, -count(*) from old_rows
         group by workspace_id, project_id, approval_status, approval_type;
       perform approval_name_counts_add((select jsonb_agg(jsonb_build_object('workspace_id', workspace_id,
         'project_id', project_id, 'name_en', name_en, 'name_ch', name_ch)) from old_rows), -1);
       return null;
     end $$`,
    `create function approval_name_counts_update() returns trigger language plpgsql as $$
     begin
       perform approval_name_counts_add(jsonb_build_array(jsonb_build_object('workspace_id', old.workspace_id,
         'project_id', old.project_id, 'name_en', old.name_en, 'name_ch', old.name_ch)), -1);
       perform approval_name_counts_add(jsonb_build_array(jsonb_build_object('workspace_id', new.workspace_id,
         'project_id', new.project_id, 'name_en', new.name_en, 'name_ch', new.name_ch)), 1);
       return null;
     end $$`,
    `create trigger approval_counts_insert after insert on approvals referencing new table as new_rows
       for each statement execute function approval_counts_insert()`,
    `create trigger approval_counts_delete after delete on approvals referencing old table as old_rows
       for each statement execute function approval_counts_delete()`,
    `create trigger approval_name_counts_update after update of workspace_id, project_id, name_en, name_ch on approvals for each row
       when (old.workspace_id is distinct from new.workspace_id or old.project_id is distinct from new.project_id
             or lower(old.name_en) is distinct from lower(new.name_en) or coalesce(lower(old.name_ch), '') is distinct from coalesce(lower(new.name_ch), ''))
       execute function approval_name_counts_update()`,
    // TRUNCATE fires no row or statement trigger of the above: without this, the counts would outlive the rows.
    `create function approval_counts_truncate() returns trigger language plpgsql as $$
       begin
         truncate approval_status_counts, approval_name_counts;
         return null;
       end $$`,
    `create trigger approval_counts_truncate after truncate on approvals for each statement execute function approval_counts_truncate()`,
    `insert into approval_name_tenants (workspace_id, project_id) select distinct workspace_id, project_id from approvals`,
    `insert into approval_name_counts (tkey, n, name_en, name_ch)
       select t.key, count(*), lower(a.name_en), coalesce(lower(a.name_ch), '') from approvals a
       join approval_name_tenants t on t.workspace_id = a.workspace_id and t.project_id = a.project_id
       group by t.key, lower(a.name_en), coalesce(lower(a.name_ch), '')`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}

const TENANT_SPAN = 1099511627776; // 2^40, as in migration 009

/** SQLite's structures (see the top): row triggers on insert, delete, and update of the tenant or a name. */
async function sqlite(db: Kysely<any>) {
  // The row's name in approval_names (columns of `as`, when given).
  const key = (row: string, as = '') =>
    `${as}tkey = (select key from search_tenants where workspace_id = ${row}.workspace_id and project_id = ${row}.project_id)
     and ${as}name_en = lower(${row}.name_en) and ${as}name_ch = coalesce(lower(${row}.name_ch), '')`;
  const add = (row: string) => `
    insert into search_tenants (workspace_id, project_id) select ${row}.workspace_id, ${row}.project_id
      where not exists (select 1 from search_tenants where workspace_id = ${row}.workspace_id and project_id = ${row}.project_id);
    insert into approval_names (tkey, name_en, name_ch, doc)
      select t.key, lower(${row}.name_en), coalesce(lower(${row}.name_ch), ''),
        max(t.key * ${TENANT_SPAN}, coalesce((select c.doc from approval_name_counts c where c.doc < (t.key + 1) * ${TENANT_SPAN}
                                              order by c.doc desc limit 1), 0)) + 1
      from search_tenants t where t.workspace_id = ${row}.workspace_id and t.project_id = ${row}.project_id
        and not exists (select 1 from approval_names where ${key(row)});
    insert into approval_name_fts (rowid, name_en, name_ch) select doc, name_en, name_ch from approval_names
      where ${key(row)} and not exists (select 1 from approval_name_counts c where c.doc = approval_names.doc);
    insert into approval_name_counts (doc, n) select doc, 1 from approval_names where ${key(row)}
      on conflict (doc) do update set n = n + 1;`;
  const remove = (row: string) => `
    update approval_name_counts set n = n - 1 where doc = (select doc from approval_names where ${key(row)});
    delete from approval_name_fts where rowid =
      (select a.doc from approval_names a join approval_name_counts c on c.doc = a.doc where c.n = 0 and ${key(row, 'a.')});
    delete from approval_name_counts where n = 0 and doc = (select doc from approval_names where ${key(row)});
    delete from approval_names where ${key(row)} and not exists (select 1 from approval_name_counts c where c.doc = approval_names.doc);`;
  const statements = [
    `create table approval_names (tkey integer not null, name_en text not null, name_ch text not null, doc integer not null,
       primary key (tkey, name_en, name_ch)) without rowid`,
    `create table approval_name_counts (doc integer primary key, n integer not null)`,
    `create virtual table approval_name_fts using fts5(name_en, name_ch, tokenize = 'trigram case_sensitive 1', content = '',
       contentless_delete = 1)`,
    `create trigger approval_names_insert after insert on approvals begin ${add('new')} end`,
    `create trigger approval_names_delete after delete on approvals begin ${remove('old')} end`,
    `create trigger approval_names_update after update of workspace_id, project_id, name_en, name_ch on approvals
       when old.workspace_id is not new.workspace_id or old.project_id is not new.project_id
         or lower(old.name_en) is not lower(new.name_en) or coalesce(lower(old.name_ch), '') is not coalesce(lower(new.name_ch), '')
       begin ${remove('old')} ${add('new')} end`,
    // The applications already there (every tenant of theirs has its key since migration 009), names numbered
    // in the order they first came, as the triggers number them.
    `insert into approval_names (tkey, name_en, name_ch, doc)
       select tkey, name_en, name_ch, tkey * ${TENANT_SPAN} + row_number() over (partition by tkey order by first)
       from (select t.key as tkey, lower(a.name_en) as name_en, coalesce(lower(a.name_ch), '') as name_ch, min(a.rowid) as first
             from approvals a join search_tenants t on t.workspace_id = a.workspace_id and t.project_id = a.project_id
             group by t.key, lower(a.name_en), coalesce(lower(a.name_ch), ''))`,
    `insert into approval_name_counts (doc, n)
       select n.doc, count(*) from approvals a
       join search_tenants t on t.workspace_id = a.workspace_id and t.project_id = a.project_id
       join approval_names n on n.tkey = t.key and n.name_en = lower(a.name_en) and n.name_ch = coalesce(lower(a.name_ch), '')
       group by n.doc`,
    `insert into approval_name_fts (rowid, name_en, name_ch) select doc, name_en, name_ch from approval_names`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}

export const searchCounts011: Migration = {
  async up(db: Kysely<any>) {
    if (db.getExecutor().adapter instanceof SqliteAdapter) await sqlite(db);
    else await postgres(db);
  },
};
