/**
 * What the slowest list requests on PostgreSQL have in them: `npm run bench:list-tail -- [--rows N]
 * [--requests N] [--query name|status] [--node-flags "--max-semi-space-size=16 …"]` (node flags for the list
 * node, after `npm start`'s, so that one given again replaces it). One PostgreSQL logging every statement over 6 ms (after the seed),
 * one list node under `--trace-gc`, the suite's list database (1,000,000 applications by default), then
 * the query sequentially as the suite sends it. Prints the percentiles, then each of the eight slowest
 * requests with the node's garbage collections and PostgreSQL's slow statements that fall in or near it,
 * each line's offset in ms from the request's start. A diagnosis, not a figure of the suite: the flags
 * and the logging it adds cost time of their own.
 */
import pg from 'pg';
import { startEmbeddedPostgres } from '../test/helpers/embedded-postgres.js';
import { FULL } from './lib/modes.js';
import { LIST_QUERIES } from './lib/list.js';
import { startPgList } from './lib/pg-list.js';
import { killAllNow, stopAll } from './lib/procs.js';
import { makeLog } from './lib/log.js';
import { percentile } from './lib/stats.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const rows = Number(option('rows', String(FULL.listRows)));
const requests = Number(option('requests', '300'));
const which = option('query', 'name');
const nodeFlags = option('node-flags', '').split(/\s+/).filter(Boolean);
const query = LIST_QUERIES.find((q) => q.label === which)?.query;
if (!query || !(rows > 0) || !(requests > 0))
  throw new Error('usage: tsx bench/list-tail.ts [--rows N] [--requests N] [--query name|status]');
process.on('exit', killAllNow);

/** A line of the node's or PostgreSQL's output, with when this process read it (ms since the epoch). */
type Stamped = [number, string];

async function main() {
  const log = makeLog();
  const pgLines: Stamped[] = [];
  const server = await startEmbeddedPostgres({
    prefix: 'archgate-list-tail-',
    flags: ['-c', 'max_connections=100', '-c', 'shared_buffers=256MB', '-c', 'log_checkpoints=on', '-c', 'log_autovacuum_min_duration=0'],
    // PostgreSQL writes its log lines with their own timestamps (log_line_prefix's default %m).
    onLog: (m) => {
      for (const l of m.split('\n')) {
        const t = Date.parse(`${l.slice(0, 23).replace(' ', 'T')}Z`);
        if (Number.isFinite(t) && /duration:|checkpoint|vacuum|analyze/.test(l)) pgLines.push([t, l.slice(24, 280)]);
      }
    },
  });
  const baseUrl = server.url;
  try {
    const gcLines: Stamped[] = [];
    const api = await startPgList({
      baseUrl,
      mode: { ...FULL, listRows: rows },
      nodeArgs: ['--trace-gc', ...nodeFlags],
      log,
      track: (n) => {
        n.child.onLine((l) => {
          if (/Scavenge|Mark-Compact|Mark-sweep/.test(l)) gcLines.push([Date.now(), l.replace(/^\[\d+:0x[0-9a-f]+\]\s+/, '')]);
        });
        return n;
      },
    });
    // Only now: the seed's statements would flood the log.
    const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
    await admin.connect();
    await admin.query('ALTER SYSTEM SET log_min_duration_statement = 6');
    await admin.query('SELECT pg_reload_conf()');
    await admin.end();

    const url = `${api.node.url}/v2/${api.node.projectId}/design/approvals?${query}`;
    const headers = api.headers();
    const spans: { at: number; ms: number }[] = [];
    for (let i = 0; i < 10 + requests; i++) {
      const at = Date.now();
      const t0 = performance.now();
      const res = await fetch(url, { headers });
      const text = await res.text();
      if (!res.ok) throw new Error(`list: ${res.status} ${text.slice(0, 300)}`);
      if (i >= 10) spans.push({ at, ms: performance.now() - t0 });
    }
    const times = spans.map((s) => s.ms);
    const from = spans[0]!.at;
    const during = (lines: Stamped[], re: RegExp) => lines.filter(([t, l]) => t >= from && re.test(l)).length;
    log(
      `?${query} over ${rows} rows, ${requests} requests: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; during them the node ran ${during(gcLines, /Scavenge/)} scavenges and ${during(gcLines, /Mark-Compact|Mark-sweep/)} mark-compacts, PostgreSQL logged ${during(pgLines, /duration:/)} statements over 6 ms`,
    );
    const slowest = spans.map((s, i) => ({ ...s, i })).sort((a, b) => b.ms - a.ms);
    for (const s of slowest.slice(0, 8)) {
      console.log(`request ${s.i}: ${s.ms.toFixed(1)} ms`);
      const near = (lines: Stamped[], tag: string, before: number, after: number) => {
        for (const [t, l] of lines)
          if (t >= s.at - before && t <= s.at + s.ms + after)
            console.log(`  ${tag} ${t - s.at >= 0 ? '+' : ''}${t - s.at} ms: ${l.slice(0, 170)}`);
      };
      near(gcLines, 'gc', 5, 30);
      near(pgLines, 'pg', 20, 20);
    }
    const maintenance = pgLines.filter(([, l]) => /checkpoint|vacuum|analyze/.test(l));
    if (maintenance.length > 0)
      console.log(
        `PostgreSQL's maintenance over the whole probe (seed included):\n  ${maintenance.map(([, l]) => l.slice(0, 160)).join('\n  ')}`,
      );
  } finally {
    await stopAll();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
