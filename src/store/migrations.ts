import { type Kysely, Migrator, type Migration, type MigrationProvider, sql } from 'kysely';
import { notifications008 } from './migrations/008_notifications.js';
import { searchIndex009 } from './migrations/009_search_index.js';
import { revocationEpoch010 } from './migrations/010_revocation_epoch.js';
import { searchCounts011 } from './migrations/011_search_counts.js';
import { approverInbox012 } from './migrations/012_approver_inbox.js';
import { outboxEvents013 } from './migrations/013_outbox_events.js';
import { sqliteStatusCounts014 } from './migrations/014_sqlite_status_counts.js';

/**
 * Migrations live in code (not files) so that `tsx` and a compiled build find them alike. Each is
 * written with the dialect-neutral schema builder; types are `text` and `integer` only, because
 * SQLite ignores varchar(n) while PostgreSQL enforces it. They take `Kysely<any>`, as Kysely advises:
 * a migration runs against the schema of its own day, which no current type describes.
 */
const migrations: Record<string, Migration> = {
  '001_core': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('domains')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('domain_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .addUniqueConstraint('users_domain_name', ['domain_id', 'name'])
        .execute();
      await db.schema
        .createTable('projects')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('domain_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('members_pk', ['workspace_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('approvers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('approver_name', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('user_name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('phone_number', 'text')
        .addColumn('email_notify', 'integer', (c) => c.notNull())
        .addColumn('sms_notify', 'integer', (c) => c.notNull())
        .addColumn('app_name', 'text')
        .addColumn('topic_urn', 'text')
        .addColumn('user_type', 'text', (c) => c.notNull())
        .addColumn('create_by', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .addUniqueConstraint('approvers_ws_user', ['workspace_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('objects')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('biz_type', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_ch', 'text')
        .addColumn('code', 'text')
        .addColumn('description', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('prior_status', 'text')
        .addColumn('parent_id', 'text')
        .addColumn('refs', 'text', (c) => c.notNull())
        .addColumn('biz_info', 'text', (c) => c.notNull())
        .addColumn('biz_version', 'integer', (c) => c.notNull())
        .addColumn('env_type', 'text')
        .addColumn('dev_version', 'integer', (c) => c.notNull())
        .addColumn('prod_version', 'integer', (c) => c.notNull())
        .addColumn('create_by', 'text', (c) => c.notNull())
        .addColumn('update_by', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .addColumn('update_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('objects_tenant_type')
        .on('objects')
        .columns(['workspace_id', 'project_id', 'biz_type', 'status'])
        .execute();
      await db.schema.createIndex('objects_parent').on('objects').column('parent_id').execute();
      await db.schema
        .createTable('pending_edits')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('biz_id', 'text', (c) => c.notNull().unique())
        .addColumn('biz_type', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_ch', 'text')
        .addColumn('code', 'text')
        .addColumn('description', 'text')
        .addColumn('parent_id', 'text')
        .addColumn('refs', 'text', (c) => c.notNull())
        .addColumn('biz_info', 'text', (c) => c.notNull())
        .addColumn('biz_version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('create_by', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .addColumn('update_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('approvals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('biz_id', 'text', (c) => c.notNull())
        .addColumn('biz_type', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_ch', 'text')
        .addColumn('biz_info', 'text', (c) => c.notNull())
        .addColumn('biz_version', 'integer', (c) => c.notNull())
        .addColumn('biz_status', 'text', (c) => c.notNull())
        .addColumn('approval_status', 'text', (c) => c.notNull())
        .addColumn('approval_type', 'text', (c) => c.notNull())
        .addColumn('submit_time', 'text', (c) => c.notNull())
        .addColumn('create_by', 'text', (c) => c.notNull())
        .addColumn('create_by_id', 'text', (c) => c.notNull())
        .addColumn('approval_time', 'text')
        .addColumn('approver', 'text', (c) => c.notNull())
        .addColumn('approver_user_id', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('msg', 'text')
        .addColumn('env_type', 'text')
        .addColumn('is_edit', 'integer', (c) => c.notNull())
        .addColumn('l1', 'text')
        .addColumn('l2', 'text')
        .addColumn('l3', 'text')
        .addColumn('directory_path', 'text')
        .execute();
      await db.schema.createIndex('approvals_tenant_time').on('approvals').columns(['workspace_id', 'project_id', 'submit_time']).execute();
      await db.schema.createIndex('approvals_biz').on('approvals').columns(['biz_id', 'approval_status']).execute();
      await db.schema
        .createTable('batches')
        .addColumn('group_id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('operation_type', 'text', (c) => c.notNull())
        .addColumn('operation_status', 'text', (c) => c.notNull())
        .addColumn('create_by', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('success', 'integer', (c) => c.notNull())
        .addColumn('failed', 'integer', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('batch_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('biz_id', 'text')
        .addColumn('biz_name', 'text')
        .addColumn('operation_status', 'text', (c) => c.notNull())
        .addColumn('remark', 'text', (c) => c.notNull())
        .addColumn('biz_info', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('batch_items_group').on('batch_items').columns(['group_id', 'seq']).execute();
      await db.schema
        .createTable('counters')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      await sql`insert into counters (name, value) values ('approver', 10000)`.execute(db);
    },
  },
  '002_security': {
    async up(db: Kysely<any>) {
      // A domain's security administrator manages its users, projects and workspaces (IAM's admin group).
      await db.schema
        .alterTable('users')
        .addColumn('is_domain_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update users set is_domain_admin = 1`.execute(db);
      await db.schema
        .createTable('access_keys')
        .addColumn('access', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('secret_sealed', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .addColumn('last_use_time', 'text')
        // Temporary keys: the project they act in, the SHA-256 of their security token, and when they expire.
        .addColumn('project_id', 'text')
        .addColumn('security_token_hash', 'text')
        .addColumn('expires_at', 'text')
        .execute();
      await db.schema.createIndex('access_keys_user').on('access_keys').column('user_id').execute();
      await db.schema
        .createTable('aksk_failures')
        .addColumn('access', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
      await db.schema.createIndex('tokens_user').on('tokens').column('user_id').execute();
    },
  },
  '003_scale_out': {
    async up(db: Kysely<any>) {
      // The database's own guarantee behind "no two pending applications for one object".
      await db.schema
        .createIndex('approvals_one_pending')
        .on('approvals')
        .column('biz_id')
        .unique()
        .where(sql.ref('approval_status'), '=', 'DEVELOPING')
        .execute();
      await db.schema
        .createTable('worker_leases')
        .addColumn('worker_id', 'integer', (c) => c.primaryKey())
        .addColumn('node_id', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('run_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('create_time', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['project_id', 'workspace_id', 'user_id', 'key'])
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      // A scheduled batch keeps what it must do at its time: the request's items, approver and flags.
      await db.schema.alterTable('batches').addColumn('run_at', 'text').execute();
      await db.schema.alterTable('batches').addColumn('request', 'text').execute();
      await db.schema.alterTable('batch_items').addColumn('biz_type', 'text').execute();
    },
  },
  '004_references': {
    async up(db: Kysely<any>) {
      // Who references whom, as rows: "what depends on X" becomes an indexed lookup, not a scan of JSON.
      await db.schema
        .createTable('object_edges')
        .addColumn('src', 'text', (c) => c.notNull())
        .addColumn('dst', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('object_edges_pk', ['src', 'dst'])
        .execute();
      await db.schema.createIndex('object_edges_dst').on('object_edges').column('dst').execute();
      await db.schema
        .alterTable('workspaces')
        .addColumn('enforce_references', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // The edges of every existing object, derived here as they were when this migration was released
      // (a parent edge, then one per reference not already named), never by live code that may change.
      const rows: { id: string; parent_id: string | null; refs: string }[] = await db
        .selectFrom('objects')
        .select(['id', 'parent_id', 'refs'])
        .execute();
      for (const r of rows) {
        const edges = new Map<string, { src: string; dst: string; kind: string }>();
        if (r.parent_id) edges.set(r.parent_id, { src: r.id, dst: r.parent_id, kind: 'parent' });
        for (const ref of JSON.parse(r.refs) as { biz_id: string }[]) {
          if (!edges.has(ref.biz_id)) edges.set(ref.biz_id, { src: r.id, dst: ref.biz_id, kind: 'reference' });
        }
        if (edges.size)
          await db
            .insertInto('object_edges')
            .values([...edges.values()])
            .onConflict((oc) => oc.doNothing())
            .execute();
      }
    },
  },
  '005_inbox_index': {
    async up(db: Kysely<any>) {
      // The reviewer's inbox (status and type filters, newest first): the count reads the index alone and
      // the page walks it in order, instead of every application of the tenant (1.5 s at 1,000,000 rows).
      await db.schema
        .createIndex('approvals_inbox')
        .on('approvals')
        .columns(['workspace_id', 'project_id', 'approval_status', 'approval_type', 'submit_time', 'id'])
        .execute();
    },
  },
  '006_credentials': {
    async up(db: Kysely<any>) {
      // The credential state a token or key was issued against. A password change or a deletion moves the
      // user's epoch on, so that a credential verified against the old password, even one written after
      // the change committed, no longer matches its user.
      await db.schema
        .alterTable('users')
        .addColumn('credential_epoch', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('tokens')
        .addColumn('credential_epoch', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('access_keys')
        .addColumn('credential_epoch', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Failed password verifications per user and per client address, shared by every node. `pending`
      // counts verifications under way, so that parallel guesses cannot all pass a check made before any
      // of them failed.
      await db.schema
        .createTable('login_failures')
        .addColumn('scope', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('pending', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
    },
  },
  '007_audit': {
    async up(db: Kysely<any>) {
      // The audit trail: one record per state-changing request, chained per project by SHA-256. `seq`
      // counts from 1 in each project; `prev_hash` is the hash of the record before (64 zeros for the
      // first). `targets` is JSON text, hashed as stored.
      await db.schema
        .createTable('audit_records')
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('user_name', 'text', (c) => c.notNull())
        .addColumn('auth', 'text', (c) => c.notNull())
        .addColumn('access_key', 'text')
        .addColumn('source_ip', 'text')
        .addColumn('request_id', 'text')
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text')
        .addColumn('targets', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('audit_records_pk', ['project_id', 'seq'])
        .execute();
      await db.schema.createIndex('audit_records_time').on('audit_records').columns(['project_id', 'time', 'seq']).execute();
      // A project's chain head: its last record, and the anchor left by pruning (the first kept seq and the
      // hash its record must name as predecessor). Every append locks this row last.
      await db.schema
        .createTable('audit_heads')
        .addColumn('project_id', 'text', (c) => c.primaryKey())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('last_hash', 'text', (c) => c.notNull())
        .addColumn('anchor_seq', 'integer', (c) => c.notNull())
        .addColumn('anchor_hash', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '008_notifications': notifications008,
  '009_search_index': searchIndex009,
  '010_revocation_epoch': revocationEpoch010,
  '011_search_counts': searchCounts011,
  '012_approver_inbox': approverInbox012,
  '013_outbox_events': outboxEvents013,
  '014_sqlite_status_counts': sqliteStatusCounts014,
};

/** Exported for the upgrade test, which stops at an old release's last migration (`Migrator.migrateTo`). */
export const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The migrations this archgate knows, in order: a store that ran any other was made by a newer one. */
export const migrationNames = (): string[] => Object.keys(migrations);

export async function migrate(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/**
 * The migrations this store has not run (empty when it is up to date), read in one query of Kysely's own
 * table: readiness asks it, so it must stay cheap.
 */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const done = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const names = new Set(done.rows.map((r) => r.name));
  return Object.keys(migrations).filter((name) => !names.has(name));
}
