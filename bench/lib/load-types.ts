/** What the bench asks of the load-generator process, and what it answers. */
export interface LoadTarget {
  label: string;
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** One body for every request, or several taken in turn (one per request). */
  bodies: string[];
  connections: number;
  /** Either a fixed number of requests, or a fixed duration. */
  amount?: number;
  durationS?: number;
  /** Hard stop. */
  maxSeconds: number;
}

export interface LoadSpec {
  targets: LoadTarget[];
}

/** Latencies in ms over every answer but the first of each connection. */
export interface LoadResult {
  label: string;
  duration_s: number;
  completed: number;
  rps: number;
  p50_ms: number;
  p90_ms: number;
  p97_5_ms: number;
  p99_ms: number;
  max_ms: number;
  /** The slowest first answer of a connection (left out of the percentiles above). */
  first_max_ms: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** How many of the bodies were built into requests. */
  bodies_used: number;
  /** The run ran short of fresh bodies and ended before its duration. */
  ended_early: boolean;
}
