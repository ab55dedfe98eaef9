import { type Kysely, type Migration, SqliteAdapter, sql } from 'kysely';

/**
 * The revocation epoch (frozen: imports no live code): one row whose number moves on, in the writer's own
 * transaction, whenever something a node may hold in memory to admit a request is changed or removed: a
 * user (password, deletion), a token, an access key, a membership (role change, removal), a workspace
 * (its settings, deletion), a project or a domain. Every node polls it and drops its credential cache when
 * it moved. Triggers cover every write path, the CLI's direct-store password reset included.
 *
 * Inserts do not move it: a new token, key or membership revokes nothing, and nodes cache no refusals.
 * One row updated under its lock also orders the bumps as their transactions commit. On PostgreSQL the
 * bump also notifies the channel `archgate_revocation` at commit, so that listening nodes need not wait
 * for their next poll.
 */
const WATCHED = ['users', 'tokens', 'access_keys', 'members', 'workspaces', 'projects', 'domains'] as const;

export const revocationEpoch010: Migration = {
  async up(db: Kysely<any>) {
    await sql`create table revocation_epoch (id integer primary key, epoch bigint not null)`.execute(db);
    await sql`insert into revocation_epoch (id, epoch) values (1, 0)`.execute(db);
    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      for (const t of WATCHED) {
        for (const op of ['update', 'delete']) {
          await sql
            .raw(
              `create trigger ${t}_revocation_${op} after ${op} on ${t} for each row
               begin update revocation_epoch set epoch = epoch + 1 where id = 1; end`,
            )
            .execute(db);
        }
      }
      return;
    }
    // A statement trigger fires even when its statement touched no row (a refused DELETE of a member who is
    // not one): the bump happens only when the transition table holds a row, so a refusal writes nothing.
    await sql`create function revocation_bump() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from changed) then
          update revocation_epoch set epoch = epoch + 1 where id = 1;
          perform pg_notify('archgate_revocation', '');
        end if;
        return null;
      end $$`.execute(db);
    // Once per statement: a user's deletion revokes all their tokens in one bump. A trigger with a transition
    // table takes one event, hence one trigger per event.
    for (const t of WATCHED) {
      for (const op of ['update', 'delete']) {
        await sql
          .raw(
            `create trigger ${t}_revocation_${op} after ${op} on ${t} referencing old table as changed
             for each statement execute function revocation_bump()`,
          )
          .execute(db);
      }
    }
  },
};
