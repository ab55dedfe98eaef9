/**
 * One cost alone, with as many alternating rounds as asked: `npm run bench:notify -- --rounds 8 --seconds 4`
 * (the notifications', bench/lib/notify-cost.ts) or `npm run bench:audit -- …` (the audit trail's,
 * bench/lib/audit-ab.ts). The full suite (bench/run.ts) has time for two or three short rounds of each; this
 * measures the same figures by the same method, with two nodes set up alike, for the rounds to outnumber the
 * machine's noise. `--profile` writes the nodes' V8 CPU profiles (the folder is printed and kept). The LAST
 * line printed is one JSON object with the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from './lib/api.js';
import { startArchgate } from './lib/archgate.js';
import { LoadGenerator } from './lib/load.js';
import { makeLog } from './lib/log.js';
import { profileArgs } from './lib/profile.js';
import { otherCpu } from './lib/machine.js';
import { FULL } from './lib/modes.js';
import { setUpNotifyCost } from './lib/notify-cost.js';
import { auditAB } from './lib/audit-ab.js';
import { PINNING, killAllNow, stopAll } from './lib/procs.js';

const args = process.argv.slice(2);
const what = args[0];
if (what !== 'notify' && what !== 'audit')
  throw new Error('usage: tsx bench/cost.ts notify|audit [--rounds N] [--seconds S] [--batches B] [--profile]');
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} takes a positive number`);
  return v;
};
const rounds = option('rounds', 8);
const seconds = option('seconds', 4);
const batches = option('batches', 2);
const profile = args.includes('--profile');

const workDir = mkdtempSync(join(tmpdir(), `archgate-bench-${what}-`));
process.on('exit', () => {
  killAllNow();
  if (!profile) rmSync(workDir, { recursive: true, force: true });
});

async function main() {
  const log = makeLog();
  const t0 = performance.now();
  const others = otherCpu();
  const nodeArgs = profile ? profileArgs(workDir, log) : undefined;
  const serverCore = PINNING ? 0 : null;
  const load = await LoadGenerator.start(workDir, PINNING ? 1 : null);
  const start = async (name: string, file: string, workerId: number, env: Record<string, string>) => {
    const api = new Api(await startArchgate({ name, db: `sqlite:${join(workDir, file)}`, workerId, core: null, nodeArgs, env }));
    await api.login();
    return api;
  };
  const o2 = {
    connections: FULL.connections,
    seconds,
    margin: FULL.offline2Margin,
    minRequests: FULL.offline2Min,
    maxRequests: FULL.offline2Max,
  };
  let f: Record<string, number>;
  if (what === 'notify') {
    const notify = await setUpNotifyCost({ start, batchReps: batches });
    log(`set up: two SQLite nodes (notifications on and off), ${rounds} rounds of ${seconds} s, ${batches} batch pairs`);
    f = await notify.measure({ load, serverCore, o2, log, rounds, roundS: seconds, warm: Math.ceil(FULL.offline2Warm / 2) });
    await notify.stop();
  } else {
    // Bodies for twice the warm-up's rate, as the suite's audit rounds.
    const ab = await auditAB({ start, load, serverCore, o2: { ...o2, margin: 2 }, warm: FULL.offline2Warm, rounds, batches, log });
    f = ab.figures;
    await ab.stop();
  }
  await load.stop();
  await stopAll();
  process.stdout.write(
    `${JSON.stringify({ bench: what, ...f, other_cpu_s: others(), seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) })}\n`,
  );
}

main().catch(async (err: unknown) => {
  process.stderr.write(`bench:${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await stopAll();
  process.exit(1);
});
