import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { EVENTS } from '../../src/domain/notifications.js';
import type { Api } from './api.js';
import { measureBatch10k, provisionBatch10k } from './batch10k.js';
import type { LoadGenerator } from './load.js';
import type { Log } from './log.js';
import { measureOffline2, provisionPairs, type Offline2Options } from './offline2.js';
import { pin } from './procs.js';

/** What the suite hands over: how to start a node, the load generator, and the figures of the node with notifications off. */
export interface NotifyCostInput {
  /** Starts a SQLite node with these extra settings, logged in. */
  start(env: Record<string, string>): Promise<Api>;
  load: LoadGenerator;
  serverCore: number | null;
  o2: Omit<Offline2Options, 'label'>;
  /** offline2 warm-up bodies for one node. */
  warm: number;
  batchReps: number;
  log: Log;
  off: { offline2_rps: number; batch10k_ms: number };
}

/**
 * Notifications' cost (issue 14): offline2 and batch10k on a node whose workspace has a webhook for every
 * event and with SMTP set, both served by sinks in this process, against the same figures with
 * notifications off (no webhook, no SMTP). The outbox worker runs on the measured node, as in service.
 */
export async function notifyCostFigures(i: NotifyCostInput): Promise<Record<string, number>> {
  const http = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (s, _x, done) => s.resume().on('end', () => done()),
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const port = (x: { address(): AddressInfo | string | null }) => (x.address() as AddressInfo).port;
  const api = await i.start({
    ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1',
    ARCHGATE_SMTP_URL: `smtp://127.0.0.1:${port(smtp.server)}`,
  });
  try {
    await api.call('POST', '/archgate/v1/{p}/webhooks', {
      url: `http://127.0.0.1:${port(http)}/hook`,
      events: EVENTS,
      secret: 'bench-webhook-secret',
    });
    const [warm, sets] = await Promise.all([
      provisionPairs(api, i.warm, 'notify_warm'),
      provisionBatch10k(api, i.batchReps, 'notify_b10k'),
    ]);
    pin(api.node.child, i.serverCore);
    const o = await measureOffline2(i.load, [api], [warm], { ...i.o2, label: 'notify_o2' });
    const b = await measureBatch10k(api, sets);
    i.log(
      `sqlite, notifications on: offline2 ${o.rps.toFixed(0)} req/s (off: ${i.off.offline2_rps.toFixed(0)}), batch10k ${b.runs.map((x) => x.toFixed(0)).join(', ')} ms (off: ${i.off.batch10k_ms.toFixed(0)})`,
    );
    return {
      notify_offline2_rps: o.rps,
      notify_batch10k_ms: b.ms,
      notify_offline2_ratio: o.rps / i.off.offline2_rps,
      notify_batch10k_ratio: b.ms / i.off.batch10k_ms,
    };
  } finally {
    await api.node.stop();
    await new Promise<void>((r) => http.close(() => r()));
    await new Promise<void>((r) => smtp.close(() => r()));
  }
}
