import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** What the report says about the machine. */
export function machine(): { nproc: number; cpu: string; node: string } {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch { /* not Linux */ }
  return { nproc: availableParallelism(), cpu, node: process.version };
}
