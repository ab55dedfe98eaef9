import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from './log.js';

/** With `--profile`: node flags that make the archgate nodes write V8 CPU profiles into `workDir`/profiles. */
export function profileArgs(workDir: string, log: Log): string[] {
  const dir = join(workDir, 'profiles');
  mkdirSync(dir);
  log(`CPU profiles go to ${dir}`);
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}
