import type { Store } from '../store/db.js';
import { listenRevocations, revocationEpoch, sqliteEpochProbe } from '../store/revocation.js';

/** Every node reads the revocation epoch this often (a revocation must reach every node within 1 s). */
const POLL_MS = 100;
/**
 * Memory answers only while a poll that STARTED this recently has confirmed the epoch: a revocation
 * committed before that poll began is then known, whatever delays the timers (a busy event loop, a slow
 * store). Past it, every lookup goes to the store until a poll succeeds again.
 */
const TRUST_MS = 750;
/** Bounds: an entry lives at most this long, and each map holds at most this many. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

class Bounded<V> {
  private readonly map = new Map<string, { value: V; at: number }>();
  get(key: string, now: number): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (now - e.at < TTL_MS) return e.value;
    this.map.delete(key);
    return undefined;
  }
  set(key: string, value: V, now: number) {
    this.map.delete(key);
    // A Map iterates in insertion order: the first key is the oldest entry.
    if (this.map.size >= MAX_ENTRIES) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, { value, at: now });
  }
  clear() {
    this.map.clear();
  }
}

export interface CacheStats {
  hits: number;
  misses: number;
  drops: number;
}

/**
 * What authentication, tenant and role resolution read from the store, remembered per node: tokens, access
 * keys, users, projects, workspaces with the caller's role. Only what admits a request is kept, never a
 * refusal, and never the lockout counters. Expiry is not cached: callers check it against the clock.
 */
export class CredentialCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, drops: 0 };
  private readonly maps = new Map<string, Bounded<unknown>>();
  private epoch: number | undefined;
  private epochReadAt = -Infinity;
  private confirmedAt = -Infinity;
  /** Moves on at every drop: a lookup that read the store before a drop must not fill the cache after it. */
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private probe: ReturnType<typeof sqliteEpochProbe>;
  private unlisten: (() => Promise<void>) | undefined;
  private listening = false;
  users = 0;

  constructor(private readonly store: Store) {}

  start() {
    this.users++;
    if (this.timer) return;
    try {
      this.probe = sqliteEpochProbe(this.store);
    } catch {
      this.probe = undefined;
    }
    this.timer = setInterval(() => {
      if (this.polling) return;
      this.polling = true;
      void Promise.all([this.check(), this.listen()]).finally(() => {
        this.polling = false;
      });
    }, POLL_MS);
    this.timer.unref();
    void this.check();
  }

  /** PostgreSQL: (re)opens the session that hears the epoch's notifications, when it is not open. */
  private async listen() {
    if (this.listening || !this.store.pool || !this.timer) return;
    this.listening = true;
    const lost = () => {
      this.listening = false;
      this.unlisten = undefined;
    };
    try {
      const unlisten = await listenRevocations(this.store, () => this.drop(), lost);
      // Released while connecting: nobody will close it otherwise.
      if (!this.timer) await unlisten?.();
      else this.unlisten = unlisten;
    } catch {
      lost();
    }
  }

  /** Answers whether no one uses the cache any more. */
  release(): boolean {
    if (--this.users > 0) return false;
    clearInterval(this.timer);
    this.timer = undefined;
    this.confirmedAt = -Infinity;
    this.drop();
    this.probe?.close();
    this.probe = undefined;
    void this.unlisten?.().catch(() => {});
    this.unlisten = undefined;
    return true;
  }

  /**
   * Reads the epoch now and drops everything when it moved. The node that made a change calls it once the
   * change has committed, so that its own next request already sees it.
   */
  async check(): Promise<void> {
    const startedAt = performance.now();
    let epoch: number;
    try {
      epoch = await revocationEpoch(this.store.db);
    } catch {
      // Unknown: trust nothing remembered until a poll succeeds.
      this.confirmedAt = -Infinity;
      this.drop();
      return;
    }
    if (epoch !== this.epoch) {
      this.drop();
      // Of two reads in flight, the later one says what the epoch is.
      if (startedAt > this.epochReadAt) {
        this.epoch = epoch;
        this.epochReadAt = startedAt;
      }
    }
    if (startedAt > this.confirmedAt) this.confirmedAt = startedAt;
  }

  drop() {
    this.generation++;
    this.stats.drops++;
    for (const m of this.maps.values()) m.clear();
  }

  private trusted(now: number) {
    if (this.probe) {
      // SQLite on a file: the epoch as committed right now, for microseconds.
      let epoch: number;
      try {
        epoch = this.probe.read();
      } catch {
        return false;
      }
      if (epoch !== this.epoch) {
        this.drop();
        this.epoch = epoch;
        this.epochReadAt = now;
      }
      this.confirmedAt = now;
      return true;
    }
    return now - this.confirmedAt < TRUST_MS;
  }

  /**
   * `load`'s answer for `key` of `kind`, from memory when it is there and the epoch was confirmed recently;
   * else from the store, kept when `keep` says it admits.
   */
  async remember<V>(kind: string, key: string, load: () => Promise<V | undefined>, keep: (v: V) => boolean): Promise<V | undefined> {
    let map = this.maps.get(kind) as Bounded<V> | undefined;
    if (!map) {
      map = new Bounded<V>();
      this.maps.set(kind, map as Bounded<unknown>);
    }
    const now = performance.now();
    if (this.trusted(now)) {
      const v = map.get(key, now);
      if (v !== undefined) {
        this.stats.hits++;
        return v;
      }
    }
    this.stats.misses++;
    const generation = this.generation;
    const v = await load();
    const after = performance.now();
    // trusted() first: on SQLite it may find the epoch moved and drop, which the generation then shows.
    if (v !== undefined && this.trusted(after) && generation === this.generation && keep(v)) map.set(key, v, after);
    return v;
  }
}

const caches = new WeakMap<Store, CredentialCache>();

/** Starts (or joins) the store's cache and its epoch poll; `stopCredentialCache` ends the use. */
export function startCredentialCache(store: Store): CredentialCache {
  let c = caches.get(store);
  if (!c) {
    c = new CredentialCache(store);
    caches.set(store, c);
  }
  c.start();
  return c;
}

export function stopCredentialCache(store: Store) {
  const c = caches.get(store);
  if (c?.release()) caches.delete(store);
}

/** The store's cache while a node polls its epoch; without a poll, nothing may be remembered. */
export function credentialCacheOf(store: Store): CredentialCache | undefined {
  const c = caches.get(store);
  return c && c.users > 0 ? c : undefined;
}

/** `load` through the store's cache when there is one, straight from the store when not. */
export function remembered<V>(
  store: Store,
  kind: string,
  key: string,
  load: () => Promise<V | undefined>,
  keep: (v: V) => boolean = () => true,
): Promise<V | undefined> {
  const c = credentialCacheOf(store);
  return c ? c.remember(kind, key, load, keep) : load();
}
