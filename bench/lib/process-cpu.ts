import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux: one tick is 10 ms

/**
 * CPU milliseconds (user and system) used so far by the live processes of a process group: a node as the
 * bench starts it is the tsx launcher and the node it runs, in a group of their own (spawned detached).
 * Undefined where /proc is not there.
 */
export function groupCpuMs(pgid: number | undefined): number | undefined {
  if (pgid === undefined) return undefined;
  let sum = 0;
  let found = false;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command name: state ppid pgrp …; utime and stime are fields 14 and 15 (11 and 12 here).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) !== pgid) continue;
      sum += (Number(f[11]) + Number(f[12])) * TICK_MS;
      found = true;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return found ? sum : undefined;
}

/**
 * The CPU time that process groups spend from now until the returned function is called, in ms. Unlike
 * a rate, it hardly moves when other programs load the machine: the measured work costs about the same
 * instructions, however long it waits for a core.
 */
export function cpuSpent(pgids: (number | undefined)[]): () => number | undefined {
  const start = pgids.map(groupCpuMs);
  return () => {
    let sum = 0;
    for (const [i, pgid] of pgids.entries()) {
      const a = start[i];
      const b = groupCpuMs(pgid);
      if (a === undefined || b === undefined) return undefined;
      sum += b - a;
    }
    return sum;
  };
}
