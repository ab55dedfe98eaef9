import { closeSync, fdatasync, fstatSync, openSync, statSync } from 'node:fs';

/**
 * fdatasync of the WAL file, shared: a caller joins the next sync to start, never one already running
 * (which may have started before the caller's commit wrote its frames). fsync flushes the file, whichever
 * descriptor names it, so a descriptor of our own serves.
 *
 * The descriptor stays open between syncs: opening and closing the file around each sync cost two more
 * trips through libuv's thread pool and back through the event loop, and under load each trip waited for
 * the loop's turn (the JavaScript-side fsync averaged 33 to 40 ms while the system call itself took
 * 0.8 ms at the median, docs/PERFORMANCE.md, round 12). Before each sync the path is looked up again, so
 * that a WAL deleted and created anew (another process closed the database last, which checkpoints the old
 * one into the database file first) is the one synced.
 */
export class WalSync {
  #running: Promise<void> | null = null;
  #next: Promise<void> | null = null;
  /** The open descriptor of the WAL, and the file it names. */
  #fd: number | null = null;
  #file = { dev: 0, ino: 0 };
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

  /** Closes the descriptor, once no sync is running or waiting. */
  async close(): Promise<void> {
    await this.idle();
    this.#forget();
  }

  #start(): Promise<void> {
    this.count++;
    const run = new Promise<void>((resolve, reject) => {
      let fd: number | null;
      try {
        fd = this.#descriptor();
      } catch (err) {
        reject(err);
        return;
      }
      // No WAL file: the last connection checkpointed it into the database (with fsyncs) and removed it.
      if (fd === null) {
        resolve();
        return;
      }
      const t0 = process.hrtime.bigint();
      fdatasync(fd, (err) => {
        if (err) {
          reject(err);
          return;
        }
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        for (const tell of this.timings) tell(seconds);
        resolve();
      });
    });
    this.#running = run.finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** The descriptor of the file the path names now (opened again if that is another file), or null if there is none. */
  #descriptor(): number | null {
    const now = statSync(this.path, { throwIfNoEntry: false });
    if (!now) {
      this.#forget();
      return null;
    }
    if (this.#fd !== null && now.ino === this.#file.ino && now.dev === this.#file.dev) return this.#fd;
    this.#forget();
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const opened = fstatSync(fd);
    this.#fd = fd;
    this.#file = { dev: opened.dev, ino: opened.ino };
    return fd;
  }

  #forget(): void {
    if (this.#fd === null) return;
    closeSync(this.#fd);
    this.#fd = null;
  }
}
