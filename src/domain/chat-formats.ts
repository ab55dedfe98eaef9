import { createHmac } from 'node:crypto';
import type { EventEnvelope, WebhookFormat } from './notifications.js';

/**
 * The chat bots' incoming-webhook messages (issue 14): each format is the bot's documented payload shape
 * for a text message, with one line of summary and a link. Feishu/Lark and DingTalk sign with the
 * webhook's secret in their own way ("signature verification" in the bot's security settings); WeCom
 * and Slack carry their key in the URL.
 */

export interface Rendered {
  /** Where to send it: the webhook's URL, with DingTalk's signature in its query. */
  url: string;
  body: string;
}

const n = (v: unknown) => (typeof v === 'number' ? v : 0);
const s = (v: unknown) => (typeof v === 'string' ? v : '');
const who = (v: unknown) => s((v as { name?: unknown } | undefined)?.name);

/** One line a person reads in a chat: what happened, how many, by whom. */
export function summaryOf(e: EventEnvelope): string {
  const d = e.data;
  switch (e.type) {
    case 'application.submitted':
      return `${who(d.submitter)} submitted ${n(d.count)} ${s(d.approval_type)} application(s) for review by ${who(d.approver)}`;
    case 'application.resolved':
      return `${who(d.decided_by)} approved ${n(d.count)} application(s)`;
    case 'application.rejected':
      return `${who(d.decided_by)} rejected ${n(d.count)} application(s)`;
    case 'application.withdrawn':
      return `${who(d.withdrawn_by)} withdrew ${n(d.count)} application(s)`;
    case 'batch.completed':
      return `Batch ${s(d.group_id)} (${s(d.operation_type)}) by ${s(d.create_by)} ended ${s(d.operation_status)}: ${n(d.success)} succeeded, ${n(d.failed)} failed`;
    case 'batch.scheduled_run':
      return `Scheduled batch ${s(d.group_id)} (${s(d.operation_type)}) ran: ${n(d.success)} succeeded, ${n(d.failed)} failed`;
    case 'object.status_changed':
      return `${n(d.count)} object(s) changed status (${s(d.operation)})`;
  }
}

/** The message of `format` for an event; `link` is the console page to open, `nowMs` signs it. */
export function render(format: WebhookFormat, e: EventEnvelope, o: { url: string; secret: string; link: string; nowMs: number }): Rendered {
  const title = `[archgate] ${e.type}`;
  const text = `${summaryOf(e)}\n${o.link}`;
  switch (format) {
    case 'json':
      return { url: o.url, body: JSON.stringify(e) };
    case 'feishu': {
      // Feishu/Lark custom bot: sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = "")).
      const timestamp = String(Math.floor(o.nowMs / 1000));
      const sign = createHmac('sha256', `${timestamp}\n${o.secret}`).update('').digest('base64');
      return { url: o.url, body: JSON.stringify({ timestamp, sign, msg_type: 'text', content: { text: `${title}\n${text}` } }) };
    }
    case 'dingtalk': {
      // DingTalk custom robot: sign = base64(HMAC-SHA256(key = secret, message = timestamp_ms + "\n" + secret)), in the query.
      const timestamp = String(o.nowMs);
      const sign = createHmac('sha256', o.secret).update(`${timestamp}\n${o.secret}`).digest('base64');
      const url = new URL(o.url);
      url.searchParams.set('timestamp', timestamp);
      url.searchParams.set('sign', sign);
      return {
        url: url.toString(),
        body: JSON.stringify({
          msgtype: 'markdown',
          markdown: { title, text: `### ${title}\n${summaryOf(e)}\n\n[Open archgate](${o.link})` },
        }),
      };
    }
    case 'wecom':
      return {
        url: o.url,
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content: `**${title}**\n${summaryOf(e)}\n[Open archgate](${o.link})` } }),
      };
    case 'slack':
      return { url: o.url, body: JSON.stringify({ text: `*${title}*\n${summaryOf(e)}\n<${o.link}|Open archgate>` }) };
  }
}
