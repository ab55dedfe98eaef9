/**
 * The notifications' cost alone (issue 14), with as many rounds as asked: `npm run bench:notify -- --rounds 8
 * --seconds 4`. The full suite (bench/run.ts) has time for two short rounds only; this measures the same
 * figures by the same method (bench/lib/notify-cost.ts), for the rounds to outnumber the machine's noise.
 * `--profile` writes the two nodes' V8 CPU profiles (the folder is printed and kept). The LAST line printed
 * is one JSON object with the figures.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from './lib/api.js';
import { startArchgate } from './lib/archgate.js';
import { LoadGenerator } from './lib/load.js';
import { makeLog } from './lib/log.js';
import { otherCpu } from './lib/machine.js';
import { FULL } from './lib/modes.js';
import { setUpNotifyCost } from './lib/notify-cost.js';
import { PINNING, killAllNow, stopAll } from './lib/procs.js';

const args = process.argv.slice(2);
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

const workDir = mkdtempSync(join(tmpdir(), 'archgate-bench-notify-'));
process.on('exit', () => {
  killAllNow();
  if (!profile) rmSync(workDir, { recursive: true, force: true });
});

async function main() {
  const log = makeLog();
  const t0 = performance.now();
  const others = otherCpu();
  let nodeArgs: string[] | undefined;
  if (profile) {
    const dir = join(workDir, 'profiles');
    mkdirSync(dir);
    nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
    log(`CPU profiles go to ${dir}`);
  }
  const serverCore = PINNING ? 0 : null;
  const load = await LoadGenerator.start(workDir, PINNING ? 1 : null);
  const notify = await setUpNotifyCost({
    start: async (name, file, workerId, env) => {
      const api = new Api(await startArchgate({ name, db: `sqlite:${join(workDir, file)}`, workerId, core: null, nodeArgs, env }));
      await api.login();
      return api;
    },
    batchReps: batches,
  });
  log(`set up: two SQLite nodes (notifications on and off), ${rounds} rounds of ${seconds} s, ${batches} batch pairs`);
  const f = await notify.measure({
    load,
    serverCore,
    o2: {
      connections: FULL.connections,
      seconds,
      margin: FULL.offline2Margin,
      minRequests: FULL.offline2Min,
      maxRequests: FULL.offline2Max,
    },
    log,
    rounds,
    roundS: seconds,
    warm: Math.ceil(FULL.offline2Warm / 2),
  });
  await notify.stop();
  await load.stop();
  await stopAll();
  process.stdout.write(
    `${JSON.stringify({ bench: 'notify', ...f, other_cpu_s: others(), seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) })}\n`,
  );
}

main().catch(async (err: unknown) => {
  process.stderr.write(`bench:notify failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await stopAll();
  process.exit(1);
});
