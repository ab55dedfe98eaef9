import type { Kysely, Migration } from 'kysely';

/**
 * Notification events waiting to be fanned out into deliveries (frozen: imports no live code). A change
 * writes one row per transaction, whatever number of events, webhooks and emails it causes; the outbox
 * worker turns it into one `outbox` row per delivery afterwards, in one transaction that also deletes it.
 * The row carries the number of deliveries it will become, so that /metrics counts the backlog without
 * reading the body.
 */
export const outboxEvents013: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('outbox_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('create_time', 'text', (c) => c.notNull())
      .addColumn('webhook_deliveries', 'integer', (c) => c.notNull())
      .addColumn('email_deliveries', 'integer', (c) => c.notNull())
      // JSON: the events, each with its id, name, data, the webhooks it goes to and its emails.
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
  },
};
