import { readFileSync, readdirSync } from 'node:fs';

/**
 * The peak resident memory of archgate's nodes over a run: each node's VmHWM (the kernel's high-water mark
 * of its resident set), read from /proc just before the node stops, and for the nodes still running when
 * asked. A node is one process (`node build/main.js`, as `npm start` runs it); any descendants it has are
 * read too, and the largest counts, so that nothing a node starts escapes the figure. Linux only: elsewhere
 * nothing is recorded.
 */
const peaks = new Map<string, number>();
const live = new Map<string, number>();

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const kids = readFileSync(`/proc/${out[i]}/task/${t}/children`, 'utf8').trim();
        if (kids) out.push(...kids.split(/\s+/).map(Number));
      } catch {
        /* gone meanwhile */
      }
    }
  }
  return out;
}

/** VmHWM in MB of the process tree under `pid`, or undefined when /proc does not tell. */
function highWaterMb(pid: number): number | undefined {
  let best: number | undefined;
  for (const p of descendants(pid)) {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      if (kb !== undefined) best = Math.max(best ?? 0, Number(kb) / 1024);
    } catch {
      /* gone meanwhile */
    }
  }
  return best;
}

function note(name: string, pid: number) {
  const mb = highWaterMb(pid);
  if (mb !== undefined) peaks.set(name, Math.max(peaks.get(name) ?? 0, mb));
}

/** A node started: its peak is read when it stops, or when the run asks. */
export function watchNode(name: string, pid: number | undefined): void {
  if (pid !== undefined) live.set(name, pid);
}

/** A running node's peak so far, in MB (undefined when not known): the progress lines show it per phase. */
export function peakNow(name: string): number | undefined {
  const pid = live.get(name);
  if (pid === undefined) return undefined;
  note(name, pid);
  return peaks.get(name);
}

/** A node about to stop: its peak, now. */
export function nodeStopping(name: string): void {
  const pid = live.get(name);
  if (pid === undefined) return;
  note(name, pid);
  live.delete(name);
}

/** The largest peak of any node so far (running ones read now), by node name too; undefined off Linux. */
export function rssPeaks(): { max: number; byNode: Record<string, number> } | undefined {
  for (const [name, pid] of live) note(name, pid);
  if (peaks.size === 0) return undefined;
  return { max: Math.max(...peaks.values()), byNode: Object.fromEntries(peaks) };
}
