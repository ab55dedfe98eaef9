/** Kysely table types of the notifications (migrations 008_notifications, 013_outbox_events), joined into DB in schema.ts. */

export type DeliveryState = 'ready' | 'running' | 'done' | 'dead';
export type Channel = 'webhook' | 'email';

export interface WebhookTable {
  id: string;
  project_id: string;
  workspace_id: string;
  url: string;
  /** JSON array of event names. */
  events: string;
  format: string;
  secret_sealed: string;
  create_by: string;
  create_time: string;
}

export interface OutboxTable {
  id: string;
  event_id: string;
  event: string;
  project_id: string;
  workspace_id: string;
  channel: Channel;
  /** The webhook's id, or the email address. */
  target: string;
  /** JSON: the event (webhook), or {to, subject, text} (email). */
  payload: string;
  state: DeliveryState;
  attempts: number;
  next_at: string;
  give_up_at: string;
  locked_by: string | null;
  locked_until: string | null;
  create_time: string;
}

export interface DeliveryAttemptTable {
  delivery_id: string;
  attempt: number;
  time: string;
  /** `ok`, or `failed`. */
  outcome: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

/** Events a change caused, not yet fanned out into `outbox` rows (migration 013_outbox_events). */
export interface OutboxEventTable {
  id: string;
  project_id: string;
  workspace_id: string;
  create_time: string;
  /** What the row becomes: counted by /metrics as deliveries still to send. */
  webhook_deliveries: number;
  email_deliveries: number;
  /** JSON: `PendingEvents` (src/store/outbox-events.ts). */
  body: string;
}

export interface NotificationTables {
  webhooks: WebhookTable;
  outbox: OutboxTable;
  outbox_events: OutboxEventTable;
  delivery_attempts: DeliveryAttemptTable;
}
