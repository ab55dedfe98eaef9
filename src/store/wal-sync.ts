import { type FileHandle, open } from 'node:fs/promises';

/**
 * fdatasync of the WAL file, shared: a caller joins the next sync to start, never one already running
 * (which may have started before the caller's commit wrote its frames). fsync flushes the file, whichever
 * descriptor names it, so a descriptor of our own serves.
 */
export class WalSync {
  #running: Promise<void> | null = null;
  #next: Promise<void> | null = null;
  /** fsyncs started so far (for tests and the benchmark's notes). */
  count = 0;
  /** Told how long each fsync took, in seconds (the metrics' fsync histogram), without this file knowing of metrics. */
  readonly timings = new Set<(seconds: number) => void>();

  constructor(readonly path: string) {}

  sync(): Promise<void> {
    if (!this.#running) return this.#start();
    this.#next ??= this.#running.then(
      () => {
        this.#next = null;
        return this.#running ?? this.#start();
      },
      () => {
        this.#next = null;
        return this.#running ?? this.#start();
      },
    );
    return this.#next;
  }

  /** Resolves once no sync is running or waiting. */
  async idle(): Promise<void> {
    while (this.#running || this.#next) await (this.#next ?? this.#running)!.catch(() => {});
  }

  #start(): Promise<void> {
    this.count++;
    const run = (async () => {
      let fh: FileHandle;
      try {
        fh = await open(this.path, 'r');
      } catch (err) {
        // No WAL file: the last connection checkpointed it into the database (with fsyncs) and removed it.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
      }
      const t0 = process.hrtime.bigint();
      try {
        await fh.datasync();
      } finally {
        await fh.close();
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      for (const tell of this.timings) tell(seconds);
    })();
    this.#running = run.finally(() => {
      this.#running = null;
    });
    return this.#running;
  }
}
