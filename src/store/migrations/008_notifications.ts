import type { Kysely, Migration } from 'kysely';

/**
 * Notifications (issue 14), frozen: the IAM user's email, the workspaces' webhooks, the outbox written in
 * the transaction of the change that causes a notification, and every delivery attempt.
 */
export const notifications008: Migration = {
  async up(db: Kysely<any>) {
    // Submitters are told of decisions at this address (CreateUser's `email`, which was dropped before).
    await db.schema.alterTable('users').addColumn('email', 'text').execute();
    await db.schema
      .createTable('webhooks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      // JSON array of event names.
      .addColumn('events', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('secret_sealed', 'text', (c) => c.notNull())
      .addColumn('create_by', 'text', (c) => c.notNull())
      .addColumn('create_time', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('webhooks_tenant').on('webhooks').columns(['workspace_id', 'project_id']).execute();
    // One row per message to send: a webhook delivery (target: the webhook id) or an email (target: the
    // address). `event_id` is the same for every delivery of one event, and for every retry of it.
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_at', 'text', (c) => c.notNull())
      // Retries stop (the delivery is dead) once this time has passed.
      .addColumn('give_up_at', 'text', (c) => c.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('create_time', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_at']).execute();
    await db.schema.createIndex('outbox_target').on('outbox').columns(['target', 'create_time']).execute();
    await db.schema
      .createTable('delivery_attempts')
      .addColumn('delivery_id', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('time', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('error', 'text')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('delivery_attempts_pk', ['delivery_id', 'attempt'])
      .execute();
  },
};
