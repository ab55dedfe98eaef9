import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks, redeliver, type WebhookRow } from '../../usecases/webhooks.js';
import { callerOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, ProjectParams, WorkspaceHeaders, errorResponses } from '../wire/common.js';
import { CreateWebhookBody, DeliveryListQuery, DeliveryParams, DeliveryVO, WebhookParams, WebhookVO } from '../wire/webhooks.js';
import type { Static } from 'typebox';

const tags = ['archgate extension: notifications'];
const ext = 'archgate extension (not in the cloud API). ';
const config = { operation: 'manageWebhooks' as const };

/** Never the secret: it was shown to nobody but its author, who typed it. */
const toWebhookVO = (w: WebhookRow): Static<typeof WebhookVO> => ({
  id: w.id,
  url: w.url,
  events: w.events,
  format: w.format,
  create_by: w.create_by,
  create_time: w.create_time,
});

type Deliveries = Awaited<ReturnType<typeof listDeliveries>>['deliveries'];
const toDeliveryVO = (d: Deliveries[number]): Static<typeof DeliveryVO> => ({
  id: d.id,
  event_id: d.event_id,
  event: d.event,
  state: d.state,
  next_attempt_time: d.state === 'ready' ? d.next_at : null,
  create_time: d.create_time,
  attempts: d.attempt_log.map((a) => ({
    attempt: a.attempt,
    time: a.time,
    outcome: a.outcome === 'ok' ? 'ok' : 'failed',
    status_code: a.status_code,
    error: a.error,
    duration_ms: a.duration_ms,
  })),
});

/** archgate extension: a workspace's webhooks (workspace admins), their deliveries and redelivery (issue 14). */
export const webhookRoutes =
  (s: Services): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/archgate/v1/:project_id/webhooks',
      {
        config,
        schema: {
          operationId: 'ArchgateCreateWebhook',
          summary: `${ext}Register a webhook: a URL, the events it is sent and the secret that signs them (workspace admins)`,
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          body: CreateWebhookBody,
          response: { 200: Envelope(WebhookVO), ...errorResponses },
        },
      },
      async (req) => ok(toWebhookVO(await createWebhook(s, callerOf(req), req.body))),
    );

    app.get(
      '/archgate/v1/:project_id/webhooks',
      {
        config,
        schema: {
          operationId: 'ArchgateListWebhooks',
          summary: `${ext}The workspace's webhooks (workspace admins)`,
          tags,
          params: ProjectParams,
          headers: WorkspaceHeaders,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), webhooks: Type.Array(WebhookVO) })), ...errorResponses },
        },
      },
      async (req) => {
        const hooks = await listWebhooks(s, callerOf(req));
        return ok({ total: hooks.length, webhooks: hooks.map(toWebhookVO) });
      },
    );

    app.delete(
      '/archgate/v1/:project_id/webhooks/:webhook_id',
      {
        config,
        schema: {
          operationId: 'ArchgateDeleteWebhook',
          summary: `${ext}Remove a webhook and its deliveries (workspace admins)`,
          tags,
          params: WebhookParams,
          headers: WorkspaceHeaders,
          response: { 200: Envelope(Type.Boolean()), ...errorResponses },
        },
      },
      async (req) => {
        await deleteWebhook(s, callerOf(req), req.params.webhook_id);
        return ok(true);
      },
    );

    app.get(
      '/archgate/v1/:project_id/webhooks/:webhook_id/deliveries',
      {
        config,
        schema: {
          operationId: 'ArchgateListWebhookDeliveries',
          summary: `${ext}A webhook's deliveries, newest first, each with every attempt (workspace admins)`,
          tags,
          params: WebhookParams,
          headers: WorkspaceHeaders,
          querystring: DeliveryListQuery,
          response: { 200: Envelope(Type.Object({ total: Type.Integer(), deliveries: Type.Array(DeliveryVO) })), ...errorResponses },
        },
      },
      async (req) => {
        const page = await listDeliveries(s, callerOf(req), req.params.webhook_id, req.query);
        return ok({ total: page.total, deliveries: page.deliveries.map(toDeliveryVO) });
      },
    );

    app.post(
      '/archgate/v1/:project_id/webhooks/:webhook_id/deliveries/:delivery_id/redeliver',
      {
        config,
        schema: {
          operationId: 'ArchgateRedeliverWebhook',
          summary: `${ext}Send a delivery again now, under the same event id (workspace admins)`,
          tags,
          params: DeliveryParams,
          headers: WorkspaceHeaders,
          response: { 200: Envelope(Type.Boolean()), ...errorResponses },
        },
      },
      async (req) => {
        await redeliver(s, callerOf(req), req.params.webhook_id, req.params.delivery_id);
        return ok(true);
      },
    );
  };
