/**
 * Per user, per API, per minute, as the cloud's gateway throttles ("policy user over ratelimit"). Fixed
 * one-minute windows kept in this process: each node of a cluster counts its own share.
 */
export class RateLimiter {
  private windows = new Map<string, { window: number; count: number }>();

  constructor(private readonly now: () => number) {}

  /** Counts one call; answers the seconds to wait when the call is over the limit, else null. */
  take(key: string, limit: number): number | null {
    if (limit <= 0) return null;
    const t = this.now();
    const window = Math.floor(t / 60_000);
    let w = this.windows.get(key);
    if (!w || w.window !== window) {
      if (this.windows.size > 100_000) this.windows.clear();
      w = { window, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > limit ? Math.max(1, Math.ceil(((window + 1) * 60_000 - t) / 1000)) : null;
  }
}
