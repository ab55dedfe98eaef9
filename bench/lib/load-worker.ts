/**
 * The load generator, run as its own long-lived process (pinned to core 1 by bench/lib/load.ts). For each
 * line `run <spec.json>` on standard input it runs every target of the LoadSpec at once with autocannon
 * and answers one line `result <LoadResult[] as JSON>` (or `error <message>`). It exits when its input ends.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { LoadResult, LoadSpec, LoadTarget } from './load-types.js';
import { percentile } from './stats.js';

function runTarget(t: LoadTarget): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let exhausted = false;
    const request: autocannon.Request = { method: t.method, path: t.path, headers: t.headers };
    // Each request takes the next body of the list: fresh objects for every batch.
    // A duration run that would outrun its fresh bodies ends early instead (a used body would fail and no
    // longer measure the success path). Two bodies per connection stay in reserve for the requests built
    // before the stop takes effect: each connection may have one in flight and one built ahead, and a node
    // that answers a commit group at once brings many connections their answers in the same turn.
    if (t.bodies.length > 1) {
      request.setupRequest = (req) => {
        if (next >= t.bodies.length - 2 * t.connections && !exhausted) {
          exhausted = true;
          setImmediate(() => instance.stop());
        }
        return { ...req, body: t.bodies[next++ % t.bodies.length] };
      };
    } else request.body = t.bodies[0];
    // autocannon notices the end of a run (and rounds its duration) only at its sample ticks: the time that
    // counts is taken here, from the start to the last answer.
    const t0 = performance.now();
    let last = t0;
    // Latencies of the steady state: every answer but the first of each connection. autocannon opens all its
    // connections at once, and a saturated node accepts the late ones only one per turn of its event loop, so
    // their first answers measure the start of the run, not the service (see docs/PERFORMANCE.md).
    const steady: number[] = [];
    const first: number[] = [];
    const seen = new Set<unknown>();
    const instance = autocannon(
      {
        url: t.url,
        connections: t.connections,
        requests: [request],
        timeout: 30,
        sampleInt: 50,
        ...(t.amount !== undefined ? { amount: t.amount } : { duration: t.durationS }),
      },
      (err, r) => {
        clearTimeout(guard);
        if (err) {
          reject(err);
          return;
        }
        const completed = r.requests.total;
        const seconds = (last - t0) / 1000;
        const q = (p: number) => Number(percentile(steady, p).toFixed(2));
        resolve({
          label: t.label,
          duration_s: Number(seconds.toFixed(3)),
          completed,
          rps: completed / seconds,
          p50_ms: q(50),
          p90_ms: q(90),
          p97_5_ms: q(97.5),
          p99_ms: q(99),
          max_ms: q(100),
          first_max_ms: Number(Math.max(0, ...first).toFixed(2)),
          ok: r['2xx'],
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
          bodies_used: next,
          ended_early: exhausted,
        });
      },
    );
    instance.on('response', (client: unknown, _status: number, _bytes: number, ms: number) => {
      last = performance.now();
      if (seen.has(client)) steady.push(ms);
      else {
        seen.add(client);
        first.push(ms);
      }
    });
    // Bounded whatever happens: a stuck run is stopped and reported with what it has.
    const guard = setTimeout(() => instance.stop(), t.maxSeconds * 1000);
  });
}

process.stdout.write('load generator ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.startsWith('run ')) continue;
  try {
    const spec = JSON.parse(readFileSync(line.slice(4), 'utf8')) as LoadSpec;
    const results = await Promise.all(spec.targets.map(runTarget));
    process.stdout.write(`result ${JSON.stringify(results)}\n`);
  } catch (err) {
    process.stdout.write(`error ${String(err instanceof Error ? err.message : err).replace(/\n/g, ' ')}\n`);
  }
}
process.exit(0);
