import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult, LoadSpec } from './load-types.js';
import { TSX } from './paths.js';
import { pin, spawnChild, stopChild, waitForLine, type Child } from './procs.js';

/**
 * The load generator: one process for the whole run (bench/lib/load-worker.ts), pinned to a core, that
 * runs one LoadSpec at a time. A run with non-2xx answers, errors or timeouts is an error.
 */
export class LoadGenerator {
  private seq = 0;
  private pending: ((line: string) => void) | undefined;

  private constructor(
    private readonly child: Child,
    private readonly workDir: string,
  ) {
    child.onLine((line) => {
      if ((line.startsWith('result ') || line.startsWith('error ')) && this.pending) this.pending(line);
    });
  }

  static async start(workDir: string, core: number | null): Promise<LoadGenerator> {
    const child = spawnChild('load generator', TSX, [join(import.meta.dirname, 'load-worker.ts')], process.env, core, true);
    await waitForLine(child, /^load generator ready$/, 60000);
    return new LoadGenerator(child, workDir);
  }

  async run(spec: LoadSpec): Promise<LoadResult[]> {
    const file = join(this.workDir, `load-${++this.seq}.json`);
    writeFileSync(file, JSON.stringify(spec));
    const maxS = Math.max(...spec.targets.map((t) => t.maxSeconds)) + 30;
    const line = await new Promise<string>((resolve, reject) => {
      const guard = setTimeout(() => reject(new Error(`load generator: no answer within ${maxS} s`)), maxS * 1000);
      this.pending = (l) => {
        clearTimeout(guard);
        this.pending = undefined;
        resolve(l);
      };
      void this.child.exited.then((code) => {
        clearTimeout(guard);
        reject(new Error(`load generator exited (${code})\n${this.child.tail.join('\n')}`));
      });
      this.child.proc.stdin!.write(`run ${file}\n`);
    });
    if (line.startsWith('error ')) throw new Error(`load generator: ${line.slice(6)}`);
    const results = JSON.parse(line.slice(7)) as LoadResult[];
    for (const r of results) {
      if (r.non2xx || r.errors || r.timeouts) {
        throw new Error(`load ${r.label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts of ${r.completed}`);
      }
    }
    return results;
  }

  /** Moves the generator to another core, or lets it run on any (null). */
  pin(core: number | null): void {
    pin(this.child, core);
  }

  async stop(): Promise<void> {
    this.child.proc.stdin!.end();
    await stopChild(this.child, 5000);
  }
}
