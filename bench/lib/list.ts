import { PerformanceObserver } from 'node:perf_hooks';
import type { Api } from './api.js';
import { percentile } from './stats.js';

export interface ListQuery {
  label: string;
  query: string;
}

/** The suite's list queries: the reviewer's inbox and the fuzzy name search (docs/PERFORMANCE.md, Method). */
export const LIST_QUERIES: readonly ListQuery[] = [
  { label: 'status', query: 'approval_status=DEVELOPING&approval_type=PUBLISH&limit=50' },
  { label: 'name', query: 'name=orders&limit=50' },
];

export interface ListResult {
  label: string;
  query: string;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  total: number;
  requests: number;
  /** Where the slowest requests fell in the measured sequence (0-based, slowest first): a tail at its start is warm-up, spread out it is not. */
  slowest_at: number[];
  /**
   * Garbage collection in the bench's own process during each of those requests (ms): the time is taken
   * by this client, so a pause here counts in the figure though the server was not slow.
   */
  slowest_client_gc_ms: number[];
  /**
   * The node's mark-compacts during the measured requests (nodejs_gc_duration_seconds{kind="major"} of its
   * /metrics, read before and after): each pauses a request or two, so with one the p99 of 150 requests is
   * most likely a collection's.
   */
  node_major_gcs: number;
}

/** The node's count of mark-compacts so far, from its /metrics (prom-client's default GC histogram). */
async function majorGcs(nodeUrl: string): Promise<number> {
  const text = await (await fetch(`${nodeUrl}/metrics`)).text();
  const m = /^nodejs_gc_duration_seconds_count\{kind="major"\} (\d+)/m.exec(text);
  return m ? Number(m[1]) : 0;
}

/**
 * Latency of one list-approvals page, over `requests` sequential requests (after `warm` unmeasured ones),
 * measured by the client from sending to the last byte of the answer. A slow query stops after
 * `budgetS` seconds of measuring (the result says how many requests it made).
 */
export async function measureList(api: Api, q: ListQuery, warm: number, requests: number, budgetS: number): Promise<ListResult> {
  const url = `${api.node.url}/v2/${api.node.projectId}/design/approvals?${q.query}`;
  const headers = api.headers();
  let total = -1;
  const spans: [number, number][] = [];
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    const text = await res.text();
    const ms = performance.now() - t0;
    spans.push([t0, t0 + ms]);
    if (!res.ok) throw new Error(`list ${q.label}: ${res.status} ${text.slice(0, 300)}`);
    total = (JSON.parse(text) as { data: { value: { total: number } } }).data.value.total;
    return ms;
  };
  const start = performance.now();
  for (let i = 0; i < warm && performance.now() - start < budgetS * 250; i++) await once();
  const times: number[] = [];
  const gcs: [number, number][] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push([e.startTime, e.startTime + e.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  spans.length = 0;
  const majorBefore = await majorGcs(api.node.url);
  const t0 = performance.now();
  for (let i = 0; i < requests && (times.length < 10 || performance.now() - t0 < budgetS * 1000); i++) times.push(await once());
  // Entries arrive asynchronously: one turn of the event loop delivers those of the last request.
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  const majorAfter = await majorGcs(api.node.url);
  const gcIn = ([a, b]: [number, number]) => gcs.reduce((sum, [x, y]) => sum + Math.max(0, Math.min(b, y) - Math.max(a, x)), 0);
  const slowest = times
    .map((ms, i) => [ms, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([, i]) => i);
  return {
    label: q.label,
    query: q.query,
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    max_ms: Math.max(...times),
    total,
    requests: times.length,
    slowest_at: slowest,
    slowest_client_gc_ms: slowest.map((i) => Number(gcIn(spans[i]!).toFixed(1))),
    node_major_gcs: majorAfter - majorBefore,
  };
}
