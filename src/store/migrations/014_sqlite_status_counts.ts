import { type Kysely, type Migration, SqliteAdapter, sql } from 'kysely';

/**
 * Exact totals of the status and type filters on SQLite from counts, as PostgreSQL has had them since
 * migration 011 (frozen: imports no live code). Counting the inbox index was the larger part of a list
 * request at a million applications: its 37,000 entries took 1.3 ms in a tight loop of raw SQLite, and
 * 4.4 ms inside a node (docs/PERFORMANCE.md, round 9).
 *
 * `approval_status_counts` has the columns of PostgreSQL's, so one query reads either. SQLite has one
 * writer at a time, so a plain counter per (tenant, status, type) needs none of PostgreSQL's deltas: row
 * triggers on insert, delete and an update that moves an application between keys, in the writer's own
 * transaction, whatever path writes. A count that falls to 0 stays (a tenant has at most 4 statuses x 2
 * types). PostgreSQL is unchanged.
 */
const KEY = ['workspace_id', 'project_id', 'approval_status', 'approval_type'];

const add = (row: string) =>
  `insert into approval_status_counts (${KEY.join(', ')}, n) values (${KEY.map((k) => `${row}.${k}`).join(', ')}, 1)
     on conflict (${KEY.join(', ')}) do update set n = n + 1;`;
const remove = (row: string) => `update approval_status_counts set n = n - 1 where ${KEY.map((k) => `${k} = ${row}.${k}`).join(' and ')};`;

export const sqliteStatusCounts014: Migration = {
  async up(db: Kysely<any>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    const statements = [
      `create table approval_status_counts (workspace_id text not null, project_id text not null, approval_status text not null,
         approval_type text not null, n integer not null, primary key (${KEY.join(', ')})) without rowid`,
      `create trigger approval_status_counts_insert after insert on approvals begin ${add('new')} end`,
      `create trigger approval_status_counts_delete after delete on approvals begin ${remove('old')} end`,
      `create trigger approval_status_counts_update after update of ${KEY.join(', ')} on approvals
         when ${KEY.map((k) => `old.${k} is not new.${k}`).join(' or ')}
         begin ${remove('old')} ${add('new')} end`,
      // The applications already there, from the inbox index (migration 005) in one pass.
      `insert into approval_status_counts (${KEY.join(', ')}, n)
         select ${KEY.join(', ')}, count(*) from approvals group by ${KEY.join(', ')}`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
  },
};
