import type { Api } from './api.js';
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

export interface Offline2Options {
  label: string;
  /** Connections in all, split evenly over the nodes. */
  connections: number;
  /** The measured run aims at this many seconds at the warm-up's rate, within [minRequests, maxRequests]. */
  targetSeconds: number;
  minRequests: number;
  maxRequests: number;
}

export interface Offline2Result { rps: number; p99_ms: number; p50_ms: number; requests: number; duration_s: number; warm_rps: number; perNode: LoadResult[] }

/** Bodies each node needs for `requests` requests over `nodes` nodes at `connections` connections in all. */
export function bodiesPerNode(requests: number, nodes: number, connections: number): number {
  const conns = Math.floor(connections / nodes);
  // autocannon builds at most one request more per connection than it sends: a margin of fresh bodies.
  return Math.max(conns, Math.ceil(requests / nodes)) + 2 * conns;
}

/**
 * Fast batch-offline of 2 items at `connections` connections with token auth, every request on two
 * PUBLISHED objects that no other request names, so that every measured batch really takes its objects
 * offline (2 object updates, 2 applications, a batch and 2 items) and answers SUCCESS (checked after).
 * A warm-up on `warm` (bodies per node, provisioned beforehand) comes first; its rate sizes the measured
 * run, whose bodies are provisioned between the two, unmeasured. Several nodes are loaded at once, each
 * with its share of the connections and requests; rps is all their answers over the longest of their runs.
 */
export async function measureOffline2(load: LoadGenerator, nodes: Api[], warm: string[][], o: Offline2Options): Promise<Offline2Result> {
  const conns = Math.floor(o.connections / nodes.length);
  const maxSeconds = Math.max(60, 4 * o.targetSeconds);
  const spec = (bodies: string[][], amount: number, tag: string) => ({
    targets: nodes.map((api, i) => ({
      label: `${o.label}_${tag}_node${i}`, url: api.node.url, method: 'POST' as const,
      path: `/v2/${api.node.projectId}/design/approvals/batch-offline?from=standard`, headers: api.headers(),
      bodies: bodies[i]!, connections: conns, amount: Math.max(conns, Math.ceil(amount / nodes.length)), maxSeconds,
    })),
  });
  const failedBefore = await nodes[0]!.failedBatches('OFFLINE');
  const warmAmount = Math.min(...warm.map((b) => b.length)) - 2 * conns;
  const w = await load.run(spec(warm, warmAmount * nodes.length, 'warm'));
  const warmRps = w.reduce((a, r) => a + r.completed, 0) / Math.max(...w.map((r) => r.duration_s));
  const amount = Math.round(Math.min(o.maxRequests, Math.max(o.minRequests, warmRps * o.targetSeconds)));
  const per = bodiesPerNode(amount, nodes.length, o.connections);
  const bodies: string[][] = [];
  for (const [i, api] of nodes.entries()) bodies.push(await provisionPairs(api, per, `${o.label}_run${i}`));
  const results = await load.run(spec(bodies, amount, 'run'));
  const failed = (await nodes[0]!.failedBatches('OFFLINE')) - failedBefore;
  if (failed !== 0) throw new Error(`${o.label}: ${failed} batch-offline requests had failed items; the figures would not measure the success path`);
  const total = results.reduce((a, r) => a + r.completed, 0);
  const duration = Math.max(...results.map((r) => r.duration_s));
  return {
    rps: total / duration, p99_ms: Math.max(...results.map((r) => r.p99_ms)), p50_ms: Math.max(...results.map((r) => r.p50_ms)),
    requests: total, duration_s: duration, warm_rps: warmRps, perNode: results,
  };
}
