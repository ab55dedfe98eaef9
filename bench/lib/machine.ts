import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** What the report says about the machine. */
export function machine(): { nproc: number; cpu: string; node: string } {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  return { nproc: availableParallelism(), cpu, node: process.version };
}

const TICK = 100; // clock ticks per second (USER_HZ) on Linux

/** Jiffies of the whole machine: busy (all but idle and iowait) and total. */
function machineJiffies(): { busy: number; total: number } | undefined {
  try {
    // user nice system idle iowait irq softirq steal …
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.reduce((a, b) => a + b, 0);
    return { busy: total - cpu[3]! - (cpu[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/** CPU seconds the whole machine spent busy, and those of this process and its reaped children. */
function cpuNow(): { machine: number; ours: number } | undefined {
  try {
    const machine = machineJiffies();
    if (!machine) return undefined;
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    // utime stime cutime cstime: fields 14-17 of stat, 11-14 after the command name.
    return { machine: machine.busy / TICK, ours: (f[11]! + f[12]! + f[13]! + f[14]!) / TICK };
  } catch {
    return undefined;
  }
}

/**
 * Measures the CPU time that processes outside the bench used during the run: the machine's busy time
 * minus the bench's own (this process and every child it reaped, PostgreSQL included). Read once every
 * child has exited. A few seconds is background noise; tens of seconds mean that the machine was busy.
 */
export function otherCpu(): () => number | undefined {
  const start = cpuNow();
  return () => {
    const end = cpuNow();
    if (!start || !end) return undefined;
    return Math.max(0, end.machine - start.machine - (end.ours - start.ours));
  };
}

/**
 * How busy the machine's cores were, from now until the returned function is called: 1 means every
 * core was busy all the time. Tells whether a run was limited by the CPU it had (two nodes cannot add
 * throughput on cores that one node and its database already keep busy).
 */
export function machineBusy(): () => number | undefined {
  const start = machineJiffies();
  return () => {
    const end = machineJiffies();
    if (!start || !end || end.total === start.total) return undefined;
    return (end.busy - start.busy) / (end.total - start.total);
  };
}
