/**
 * Notifications as data (issue 14): the events a webhook subscribes to, the envelope every delivery
 * carries, and the retry schedule. Pure: the time and the randomness are handed in.
 */

export const EVENTS = [
  'application.submitted',
  'application.resolved',
  'application.rejected',
  'application.withdrawn',
  'batch.completed',
  'batch.scheduled_run',
  'object.status_changed',
] as const;
export type EventName = (typeof EVENTS)[number];

/** The payload shapes a webhook may ask for: archgate's own JSON, or a chat bot's incoming-webhook message. */
export const FORMATS = ['json', 'feishu', 'dingtalk', 'wecom', 'slack'] as const;
export type WebhookFormat = (typeof FORMATS)[number];

/** Lists in an event stop at this many entries (`count` is the whole number); the batch API has the rest. */
export const LIST_CAP = 1000;

/** What every webhook delivery of format `json` is: the same bytes for every attempt of one event. */
export interface EventEnvelope {
  /** Stable across retries and redeliveries: receivers drop duplicates by it. */
  id: string;
  type: EventName;
  created_at: string;
  project_id: string;
  workspace_id: string;
  data: Record<string, unknown>;
}

export const capped = <T>(list: readonly T[]): { count: number; truncated: boolean; items: T[] } => ({
  count: list.length,
  truncated: list.length > LIST_CAP,
  items: list.slice(0, LIST_CAP),
});

/** Retries go on for this long after the event; then the delivery is dead. */
export const RETRY_WINDOW_MS = 24 * 3600_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3600_000;

/**
 * The wait after the `attempts`-th failed attempt: exponential from 30 s, capped at an hour, with jitter
 * (a random half of it dropped) so that receivers that failed together are not retried together.
 */
export function retryDelayMs(attempts: number, random: number): number {
  const full = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(full * (0.5 + 0.5 * random));
}
