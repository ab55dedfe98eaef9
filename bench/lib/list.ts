import type { Api } from './api.js';
import { percentile } from './stats.js';

export interface ListQuery {
  label: string;
  query: string;
}

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
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(`list ${q.label}: ${res.status} ${text.slice(0, 300)}`);
    total = (JSON.parse(text) as { data: { value: { total: number } } }).data.value.total;
    return ms;
  };
  const start = performance.now();
  for (let i = 0; i < warm && performance.now() - start < budgetS * 250; i++) await once();
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < requests && (times.length < 10 || performance.now() - t0 < budgetS * 1000); i++) times.push(await once());
  return {
    label: q.label,
    query: q.query,
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    max_ms: Math.max(...times),
    total,
    requests: times.length,
    slowest_at: times
      .map((ms, i) => [ms, i] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 3)
      .map(([, i]) => i),
  };
}
