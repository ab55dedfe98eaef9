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

/** How to set the node up: how to start a SQLite node with extra settings (logged in), and what to provision. */
export interface NotifySetupInput {
  start(env: Record<string, string>): Promise<Api>;
  /** offline2 warm-up bodies for one node. */
  warm: number;
  batchReps: number;
}

/** What the measurement needs: the load generator, and the figures of the node with notifications off. */
export interface NotifyMeasureInput {
  load: LoadGenerator;
  serverCore: number | null;
  o2: Omit<Offline2Options, 'label'>;
  log: Log;
  off: { offline2_rps: number; batch10k_ms: number };
}

export interface NotifyCost {
  measure(i: NotifyMeasureInput): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * Notifications' cost (issue 14): offline2 and batch10k on a node whose workspace has a webhook for every
 * event and with SMTP set, both served by sinks in this process, against the same figures with
 * notifications off (no webhook, no SMTP). The outbox worker runs on the measured node, as in service.
 * The node, its sinks and its objects are set up here, with the suite's other setup; `measure` runs later,
 * alone on the server core.
 */
export async function setUpNotifyCost(i: NotifySetupInput): Promise<NotifyCost> {
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
  let api: Api | undefined;
  const stop = async () => {
    await api?.node.stop();
    await new Promise<void>((r) => http.close(() => r()));
    await new Promise<void>((r) => smtp.close(() => r()));
  };
  try {
    api = await i.start({
      ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1',
      ARCHGATE_SMTP_URL: `smtp://127.0.0.1:${port(smtp.server)}`,
    });
    await api.call('POST', '/archgate/v1/{p}/webhooks', {
      url: `http://127.0.0.1:${port(http)}/hook`,
      events: EVENTS,
      secret: 'bench-webhook-secret',
    });
    // One request after the other, as the suite provisions each node (bench/lib/suite.ts).
    const warm = await provisionPairs(api, i.warm, 'notify_warm');
    const sets = await provisionBatch10k(api, i.batchReps, 'notify_b10k');
    const node = api;
    const measure = async (m: NotifyMeasureInput) => {
      pin(node.node.child, m.serverCore);
      const o = await measureOffline2(m.load, [node], [warm], { ...m.o2, label: 'notify_o2' });
      const b = await measureBatch10k(node, sets);
      m.log(
        `sqlite, notifications on: offline2 ${o.rps.toFixed(0)} req/s (off: ${m.off.offline2_rps.toFixed(0)}), batch10k ${b.runs.map((x) => x.toFixed(0)).join(', ')} ms (off: ${m.off.batch10k_ms.toFixed(0)})`,
      );
      return {
        notify_offline2_rps: o.rps,
        notify_batch10k_ms: b.ms,
        notify_offline2_ratio: o.rps / m.off.offline2_rps,
        notify_batch10k_ratio: b.ms / m.off.batch10k_ms,
      };
    };
    return { measure, stop };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}
