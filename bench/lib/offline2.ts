import type { Api } from './api.js';
import { machineBusy } from './machine.js';
import { cpuSpent } from './process-cpu.js';
import type { LoadGenerator } from './load.js';
import type { LoadResult } from './load-types.js';

const BIZ_TYPE = 'TABLE_MODEL';

/**
 * Request bodies for 2-item fast batch-offlines, each naming two objects of its own: `count` bodies, so
 * 2 × count objects registered (POST /archgate/v1/{p}/objects) and fast-published, through `api`.
 */
export async function provisionPairs(api: Api, count: number, tag: string): Promise<string[]> {
  const ids = await api.createObjects(2 * count, BIZ_TYPE, tag);
  await api.publishAll(ids, BIZ_TYPE);
  return Array.from({ length: count }, (_, i) => JSON.stringify(api.batchBody([ids[2 * i]!, ids[2 * i + 1]!], BIZ_TYPE)));
}

/** The prefix of the names of the objects a measured run of `label` provisions on its node number `node`. */
export const runNamePrefix = (label: string, node: number) => `${label}_run${node}`;

export interface Offline2Options {
  label: string;
  /** Connections in all, split evenly over the nodes. */
  connections: number;
  /** Length of the measured run. */
  seconds: number;
  /** Fresh bodies for the measured run: this many times what the warm-up's rate would use, within [min, max] requests. */
  margin: number;
  minRequests: number;
  maxRequests: number;
  /** Runs after the measured run's bodies are provisioned, just before it starts (e.g. waits for a quiet node). */
  beforeRun?: () => Promise<void>;
}

export interface Offline2Result {
  ended_early: boolean;
  cpu_busy: number | undefined;
  rps: number;
  p99_ms: number;
  p50_ms: number;
  requests: number;
  duration_s: number;
  warm_rps: number;
  perNode: LoadResult[];
  /** CPU time the nodes spent per answered request in the measured run (ms), when /proc tells. */
  cpu_ms_per_request: number | undefined;
}

/** Bodies each node needs for `requests` requests over `nodes` nodes at `connections` connections in all. */
export function bodiesPerNode(requests: number, nodes: number, connections: number): number {
  const conns = Math.floor(connections / nodes);
  // The load generator keeps two bodies per connection in reserve (bench/lib/load-worker.ts).
  return Math.max(conns, Math.ceil(requests / nodes)) + 2 * conns;
}

/**
 * Fast batch-offline of 2 items at `connections` connections with token auth, every request on two
 * PUBLISHED objects that no other request names, so that every measured batch really takes its objects
 * offline (2 object updates, 2 applications, a batch and 2 items) and answers SUCCESS (checked after).
 * A warm-up of a fixed number of requests on `warm` (bodies per node, provisioned beforehand) comes
 * first; its rate sizes the bodies of the measured run, provisioned between the two, unmeasured. The
 * measured run lasts `seconds`; several nodes are loaded at once for that time, each with its share of
 * the connections, and rps is all their answers over the run. A node that runs out of fresh bodies ends
 * its run early (`ended_early`, shown in the log) rather than send a used one.
 */
export async function measureOffline2(load: LoadGenerator, nodes: Api[], warm: string[][], o: Offline2Options): Promise<Offline2Result> {
  const conns = Math.floor(o.connections / nodes.length);
  const maxSeconds = Math.max(60, 4 * o.seconds);
  const spec = (bodies: string[][], tag: string, run: { amount: number } | { durationS: number }) => ({
    targets: nodes.map((api, i) => ({
      label: `${o.label}_${tag}_node${i}`,
      url: api.node.url,
      method: 'POST' as const,
      path: `/v2/${api.node.projectId}/design/approvals/batch-offline?from=standard`,
      headers: api.headers(),
      bodies: bodies[i]!,
      connections: conns,
      maxSeconds,
      ...('amount' in run ? { amount: Math.max(conns, Math.ceil(run.amount / nodes.length)) } : run),
    })),
  });
  const failedBefore = await nodes[0]!.failedBatches('OFFLINE');
  const warmAmount = Math.min(...warm.map((b) => b.length)) - 2 * conns;
  const w = await load.run(spec(warm, 'warm', { amount: warmAmount * nodes.length }));
  const warmRps = w.reduce((a, r) => a + r.completed, 0) / Math.max(...w.map((r) => r.duration_s));
  const expected = Math.round(Math.min(o.maxRequests, Math.max(o.minRequests, warmRps * o.seconds * o.margin)));
  const per = bodiesPerNode(expected, nodes.length, o.connections);
  const bodies: string[][] = [];
  for (const [i, api] of nodes.entries()) bodies.push(await provisionPairs(api, per, runNamePrefix(o.label, i)));
  await o.beforeRun?.();
  const busy = machineBusy();
  const spent = cpuSpent(nodes.map((api) => api.node.child.proc.pid));
  const results = await load.run(spec(bodies, 'run', { durationS: o.seconds }));
  const cpuBusy = busy();
  const cpuMs = spent();
  const failed = (await nodes[0]!.failedBatches('OFFLINE')) - failedBefore;
  if (failed !== 0) {
    const used = results.map((r) => `${r.bodies_used} of ${per}`).join(', ');
    throw new Error(
      `${o.label}: ${failed} batch-offline requests had failed items (fresh bodies used: ${used}); the figures would not measure the success path`,
    );
  }
  const total = results.reduce((a, r) => a + r.completed, 0);
  const duration = Math.max(...results.map((r) => r.duration_s));
  return {
    rps: total / duration,
    p99_ms: Math.max(...results.map((r) => r.p99_ms)),
    p50_ms: Math.max(...results.map((r) => r.p50_ms)),
    requests: total,
    duration_s: duration,
    warm_rps: warmRps,
    perNode: results,
    ended_early: results.some((r) => r.ended_early),
    cpu_busy: cpuBusy,
    cpu_ms_per_request: cpuMs === undefined || total === 0 ? undefined : cpuMs / total,
  };
}
