import Type, { type Static } from 'typebox';
import { EVENTS, FORMATS } from '../../domain/notifications.js';
import type { CreateWebhookInput } from '../../usecases/webhooks.js';
import type { Conforms } from './conforms.js';
import { Id19, Limit, Nullable, Offset } from './common.js';

/** archgate extension: webhooks and their deliveries (issue 14; README "Notifications"). */

export const EventEnum = Type.Enum([...EVENTS]);
export const FormatEnum = Type.Enum([...FORMATS], {
  description:
    "The payload shape: json (archgate's signed event), feishu (Feishu/Lark custom bot), dingtalk (DingTalk custom robot), wecom (WeCom group robot), slack (Slack incoming webhook)",
});

export const WebhookParams = Type.Object({ project_id: Type.String(), webhook_id: Id19 });
export const DeliveryParams = Type.Object({ project_id: Type.String(), webhook_id: Id19, delivery_id: Id19 });

export const CreateWebhookBody = Type.Object({
  url: Type.String({
    minLength: 1,
    maxLength: 2048,
    description: 'http(s) URL; loopback and private addresses are refused unless ARCHGATE_WEBHOOK_ALLOW names them',
  }),
  events: Type.Array(EventEnum, { minItems: 1, maxItems: EVENTS.length, uniqueItems: true }),
  secret: Type.String({ minLength: 8, maxLength: 256, description: 'Signs each delivery (X-Archgate-Signature-256); never shown again' }),
  format: Type.Optional(FormatEnum),
});
export type CreateWebhookBody = Conforms<CreateWebhookInput, Static<typeof CreateWebhookBody>>;

export const WebhookVO = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  format: Type.String(),
  create_by: Type.String(),
  create_time: Type.String(),
});

export const DeliveryListQuery = Type.Object({ limit: Type.Optional(Limit), offset: Type.Optional(Offset) });

export const AttemptVO = Type.Object({
  attempt: Type.Integer({ description: 'From 1' }),
  time: Type.String(),
  outcome: Type.Enum(['ok', 'failed']),
  status_code: Nullable(Type.Integer({ description: "The receiver's HTTP status; null when none came (refused, timed out, unreachable)" })),
  error: Nullable(Type.String()),
  duration_ms: Type.Integer(),
});

export const DeliveryVO = Type.Object({
  id: Type.String(),
  event_id: Type.String({ description: 'The same for every attempt and redelivery of the event' }),
  event: Type.String(),
  state: Type.Enum(['ready', 'running', 'done', 'dead'], {
    description: 'ready: waiting for its next attempt; dead: retried for 24 h in vain',
  }),
  next_attempt_time: Nullable(Type.String()),
  create_time: Type.String(),
  attempts: Type.Array(AttemptVO),
});
