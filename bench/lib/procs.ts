import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ROOT } from './paths.js';

/**
 * Child processes of the bench: each runs in its own process group, is pinned to a core when taskset
 * exists and there are at least two cores, and is killed when the bench exits, also on error or signal.
 */

export const PINNING = availableParallelism() >= 2 && spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;

export interface Child {
  name: string;
  proc: ChildProcess;
  /** The last lines the child printed (stdout and stderr), for error messages. */
  tail: string[];
  exited: Promise<number | null>;
  onLine(fn: (line: string) => void): void;
}

const live = new Set<Child>();

/** `cmd args` under `taskset -c core` when pinning is possible and a core is asked for. */
export function spawnChild(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, core: number | null, stdin = false): Child {
  const [file, argv] = PINNING && core !== null ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args];
  const proc = spawn(file, argv, { env, cwd: ROOT, detached: true, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const listeners: ((line: string) => void)[] = [];
  const tail: string[] = [];
  // A pipe may split a line: each stream keeps its unfinished end for its next chunk.
  const feeder = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        if (line === '') continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        for (const fn of listeners) fn(line);
      }
    };
  };
  proc.stdout!.on('data', feeder());
  proc.stderr!.on('data', feeder());
  const child: Child = {
    name,
    proc,
    tail,
    exited: new Promise((resolve) =>
      proc.on('exit', (code) => {
        live.delete(child);
        resolve(code);
      }),
    ),
    onLine: (fn) => {
      listeners.push(fn);
    },
  };
  proc.on('error', (err) => tail.push(`spawn error: ${err.message}`));
  live.add(child);
  return child;
}

/** Waits for a line matching `re` (answers the match), failing if the child exits first or time runs out. */
export function waitForLine(c: Child, re: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${c.name}: no line matching ${re} within ${timeoutMs} ms\n${c.tail.join('\n')}`)),
      timeoutMs,
    );
    for (const line of c.tail) {
      const m = line.match(re);
      if (m) {
        clearTimeout(timer);
        resolve(m);
        return;
      }
    }
    c.onLine((line) => {
      const m = line.match(re);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    void c.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${c.name} exited (${code})\n${c.tail.join('\n')}`));
    });
  });
}

function killGroup(c: Child, signal: NodeJS.Signals) {
  try {
    process.kill(-c.proc.pid!, signal);
  } catch {
    /* already gone */
  }
}

/** SIGTERM to the child (tsx relays it to the program it runs), then SIGKILL to its group after a grace period. */
export async function stopChild(c: Child, graceMs = 15000): Promise<void> {
  if (!live.has(c)) return;
  try {
    c.proc.kill('SIGTERM');
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => killGroup(c, 'SIGKILL'), graceMs);
  await c.exited;
  clearTimeout(timer);
  // Anything the child left behind in its group goes too.
  killGroup(c, 'SIGKILL');
}

export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((c) => stopChild(c, 5000)));
}

/** Last resort on process exit: nothing may outlive the bench. */
export function killAllNow(): void {
  for (const c of live) killGroup(c, 'SIGKILL');
}

/** Every process of the child's process group (the child, and what it started, such as tsx's node). */
function groupPids(c: Child): number[] {
  const pgid = c.proc.pid!;
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) out.push(Number(name));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/**
 * Pins every thread of every process of the child to one core (`taskset -a -p`), or frees them to run on
 * any core (null). Nodes set up unpinned, on both cores, and are pinned while they are measured.
 */
export function pin(c: Child, core: number | null): void {
  if (!PINNING) return;
  const cores = core === null ? `0-${availableParallelism() - 1}` : String(core);
  for (const pid of groupPids(c)) spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
}
