import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { EVENTS } from '../../src/domain/notifications.js';
import type { Api } from './api.js';
import { measureBatch10k, provisionBatch10k } from './batch10k.js';
import type { LoadGenerator } from './load.js';
import type { Log } from './log.js';
import { bodiesPerNode, measureOffline2, provisionPairs, type Offline2Options, type Offline2Result } from './offline2.js';
import { cpuSpent } from './process-cpu.js';
import { pin } from './procs.js';
import { median } from './stats.js';

export interface NotifySetupInput {
  /** Starts a SQLite node on a database file of its own, with extra settings, and logs in. */
  start(name: string, file: string, workerId: number, env: Record<string, string>): Promise<Api>;
  batchReps: number;
}

export interface NotifyMeasureInput {
  load: LoadGenerator;
  serverCore: number | null;
  o2: Omit<Offline2Options, 'label'>;
  log: Log;
  /** Rounds of offline2 on each node, alternating, and the seconds of each. */
  rounds: number;
  roundS: number;
  /** offline2 warm-up requests per round. */
  warm: number;
}

export interface NotifyCost {
  measure(i: NotifyMeasureInput): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/** Counts what the sinks received: webhook POSTs and emails. */
interface Sinks {
  received(): number;
  stop(): Promise<void>;
  webhookUrl: string;
  smtpUrl: string;
}

async function startSinks(): Promise<Sinks> {
  let count = 0;
  const http = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (s, _x, done) =>
      s.resume().on('end', () => {
        count++;
        done();
      }),
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const port = (x: { address(): AddressInfo | string | null }) => (x.address() as AddressInfo).port;
  return {
    received: () => count,
    webhookUrl: `http://127.0.0.1:${port(http)}/hook`,
    smtpUrl: `smtp://127.0.0.1:${port(smtp.server)}`,
    stop: async () => {
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
      await new Promise<void>((r) => smtp.close(() => r()));
    },
  };
}

/** Deliveries the node's outbox still holds to send (ready or running), from its /metrics. */
async function backlog(api: Api): Promise<number> {
  const text = await (await fetch(`${api.node.url}/metrics`)).text();
  let n = 0;
  for (const m of text.matchAll(/^archgate_outbox_deliveries\{[^}]*state="(?:ready|running)"[^}]*\} (\d+)$/gm)) n += Number(m[1]);
  return n;
}

/** Waits until the node has sent everything it was given; answers how long that took. */
async function drained(api: Api, timeoutMs = 300_000): Promise<number> {
  const t0 = performance.now();
  while ((await backlog(api)) > 0) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`${api.node.name}: notifications not sent after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return performance.now() - t0;
}

interface Round {
  on: Offline2Result;
  off: Offline2Result;
  /** Deliveries received while the load ran, per second of it. */
  sentPerS: number;
  /** Deliveries per answered request, counted once everything was sent. */
  perRequest: number;
  /** Time from the end of the load to an empty outbox. */
  drainMs: number;
  /** CPU time of the node with notifications, per request, including the sending after the load. */
  cpuAllInMs: number | undefined;
}

/**
 * Notifications' cost (issue 14), measured as the audit's is: two SQLite nodes set up alike, one with a
 * webhook for every event and SMTP set (both served by sinks in this process), the other with neither, each
 * acting as a registered approver whose IAM user has an email (so every fast batch also sends them one).
 * Rounds of offline2 alternate between the nodes, each on fresh bodies, after the node with notifications
 * has sent everything it had; so do the 10,000-item batches. The outbox worker runs on the measured node, as
 * in service; what it sends during the load and how long it takes to catch up after are reported beside the
 * ratios.
 */
export async function setUpNotifyCost(i: NotifySetupInput): Promise<NotifyCost> {
  const sinks = await startSinks();
  const nodes: Api[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.node.stop()));
    await sinks.stop();
  };
  try {
    const setUp = async (on: boolean) => {
      const api = await i.start(
        `archgate (sqlite, notifications ${on ? 'on' : 'off'})`,
        `writes-notify-${on ? 'on' : 'off'}.db`,
        on ? 5 : 6,
        on ? { ARCHGATE_WEBHOOK_ALLOW: '127.0.0.1', ARCHGATE_SMTP_URL: sinks.smtpUrl } : {},
      );
      nodes.push(api);
      await api.actAsApprover('bench_submitter', 'submitter@bench.invalid');
      if (on)
        await api.call('POST', '/archgate/v1/{p}/webhooks', { url: sinks.webhookUrl, events: EVENTS, secret: 'bench-webhook-secret' });
      // One request after the other, as the suite provisions each node (bench/lib/suite.ts).
      const sets = await provisionBatch10k(api, i.batchReps, `notify_${on ? 'on' : 'off'}_b10k`);
      return { api, sets };
    };
    const [on, off] = await Promise.all([setUp(true), setUp(false)]);
    const measure = async (m: NotifyMeasureInput) => {
      pin(on.api.node.child, m.serverCore);
      pin(off.api.node.child, m.serverCore);
      // Fresh bodies for twice what the warm-up's rate would use (not three times): provisioning them is most
      // of a round's time, and a node that runs out ends its run early, which the log says.
      const o2 = { ...m.o2, seconds: m.roundS, margin: Math.min(m.o2.margin, 2) };
      const rounds: Round[] = [];
      for (let r = 0; r < m.rounds; r++) {
        const per = bodiesPerNode(m.warm, 1, o2.connections);
        const [wOn, wOff] = await Promise.all([
          provisionPairs(on.api, per, `notify_on_w${r}`),
          provisionPairs(off.api, per, `notify_off_w${r}`),
        ]);
        await drained(on.api);
        const runOff = () => measureOffline2(m.load, [off.api], [wOff], { ...o2, label: `notify_off_${r}` });
        const runOn = async () => {
          let atStart = 0;
          let cpu: () => number | undefined = () => undefined;
          const res = await measureOffline2(m.load, [on.api], [wOn], {
            ...o2,
            label: `notify_on_${r}`,
            beforeRun: async () => {
              await drained(on.api);
              atStart = sinks.received();
              cpu = cpuSpent([on.api.node.child.proc.pid]);
            },
          });
          const during = sinks.received() - atStart;
          const drainMs = await drained(on.api);
          const cpuMs = cpu();
          return {
            res,
            sentPerS: during / res.duration_s,
            perRequest: (sinks.received() - atStart) / res.requests,
            drainMs,
            cpuAllInMs: cpuMs === undefined ? undefined : cpuMs / res.requests,
          };
        };
        // Off first in even rounds: a machine that gets busier or quieter favours neither node.
        const offFirst = r % 2 === 0;
        const offR = offFirst ? await runOff() : undefined;
        const onR = await runOn();
        rounds.push({ on: onR.res, off: offR ?? (await runOff()), ...onR });
      }
      const bOn: number[] = [];
      const bOff: number[] = [];
      for (const [k, ids] of on.sets.entries()) {
        await drained(on.api);
        const onFirst = k % 2 === 0;
        if (!onFirst) bOff.push((await measureBatch10k(off.api, [off.sets[k]!])).ms);
        bOn.push((await measureBatch10k(on.api, [ids])).ms);
        await drained(on.api);
        if (onFirst) bOff.push((await measureBatch10k(off.api, [off.sets[k]!])).ms);
      }
      const cpuRounds = rounds.filter((x) => x.on.cpu_ms_per_request && x.off.cpu_ms_per_request);
      m.log(
        `sqlite, notifications on/off, ${rounds.length} round(s): ${rounds
          .map(
            (x) =>
              `${x.on.rps.toFixed(0)}/${x.off.rps.toFixed(0)} req/s, ${x.on.cpu_ms_per_request?.toFixed(3)}/${x.off.cpu_ms_per_request?.toFixed(3)} CPU ms per request (${x.cpuAllInMs?.toFixed(3)} with the sending after), ${x.perRequest.toFixed(2)} deliveries per request, ${x.sentPerS.toFixed(0)}/s sent during the load, ${(x.drainMs / 1000).toFixed(1)} s to send the rest`,
          )
          .join('; ')}; batch10k on ${bOn.map((x) => x.toFixed(0)).join(', ')} ms, off ${bOff.map((x) => x.toFixed(0)).join(', ')} ms`,
      );
      const f: Record<string, number> = {
        notify_rounds: rounds.length,
        notify_offline2_rps: median(rounds.map((x) => x.on.rps)),
        notify_off_offline2_rps: median(rounds.map((x) => x.off.rps)),
        notify_offline2_ratio: median(rounds.map((x) => x.on.rps / x.off.rps)),
        notify_batch10k_ms: median(bOn),
        notify_off_batch10k_ms: median(bOff),
        notify_batch10k_ratio: median(bOn.map((x, k) => x / bOff[k]!)),
        notify_deliveries_per_request: median(rounds.map((x) => x.perRequest)),
        notify_sent_per_s_under_load: median(rounds.map((x) => x.sentPerS)),
        notify_drain_s: median(rounds.map((x) => x.drainMs / 1000)),
      };
      if (cpuRounds.length > 0) {
        f.notify_offline2_cpu_ratio = median(cpuRounds.map((x) => x.off.cpu_ms_per_request! / x.on.cpu_ms_per_request!));
        const allIn = cpuRounds.filter((x) => x.cpuAllInMs);
        if (allIn.length > 0) f.notify_offline2_cpu_all_in_ratio = median(allIn.map((x) => x.off.cpu_ms_per_request! / x.cpuAllInMs!));
      }
      return f;
    };
    return { measure, stop };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}
