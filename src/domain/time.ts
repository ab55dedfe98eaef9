/**
 * The clock is handed in (never read from the global) so that a later test clock can replace it.
 * Stored times are UTC ISO strings with milliseconds; the wire shows ApprovalVO times as RFC 3339
 * with the configured zone's offset (`2024-04-19T17:14:08+08:00`), as the cloud does.
 */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export function isoUtc(d: Date): string {
  return d.toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/**
 * The zone's offset at an instant (whole seconds: the wall clock's second minus the instant's), read from
 * ICU. formatToParts allocates about 1 KB a call, which V8 came to place in the old generation: called at
 * every time on the wire, it made about 95 KB of old-generation garbage per page of 50 applications (two
 * times each), feeding the mark-compacts behind the lists' tail latencies. So it runs twice per quarter
 * hour (offsetAt), not per call.
 */
function offsetFromIcu(t: number, tz: string): number {
  const p = Object.fromEntries(
    formatterOf(tz)
      .formatToParts(new Date(t))
      .map((x) => [x.type, Number(x.value)]),
  );
  const local = new Date(0);
  local.setUTCFullYear(p.year!, p.month! - 1, p.day!);
  local.setUTCHours(p.hour!, p.minute!, p.second!, 0);
  return local.getTime() - Math.floor(t / 1000) * 1000;
}

/** Offsets are looked up per quarter of an hour: every zone's changes fall on such boundaries, or are checked. */
const BUCKET_MS = 15 * 60 * 1000;
const MAX_BUCKETS = 100_000;
/** Per zone, per quarter hour since the epoch: the offset throughout it, or null when it changes within it. */
const offsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset at `t`, from memory when the quarter hour around `t` has one offset throughout (its
 * first and last millisecond agree: no zone changes twice within 15 minutes), else from ICU.
 */
function offsetAt(t: number, tz: string): number {
  let zone = offsets.get(tz);
  if (!zone) {
    zone = new Map();
    offsets.set(tz, zone);
  }
  const bucket = Math.floor(t / BUCKET_MS);
  let known = zone.get(bucket);
  if (known === undefined) {
    const first = offsetFromIcu(bucket * BUCKET_MS, tz);
    known = first === offsetFromIcu(bucket * BUCKET_MS + BUCKET_MS - 1, tz) ? first : null;
    if (zone.size >= MAX_BUCKETS) zone.clear();
    zone.set(bucket, known);
  }
  return known ?? offsetFromIcu(t, tz);
}

/** The wall clock at instant `t` (ms) with offset `offsetMs`, as numbers. */
function wallAt(t: number, offsetMs: number) {
  const local = new Date(Math.floor(t / 1000) * 1000 + offsetMs);
  return {
    y: local.getUTCFullYear(),
    mo: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    mi: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  };
}

/** An instant's wall-clock time in a zone, as numbers. */
export function wallClock(d: Date, tz: string) {
  return wallAt(d.getTime(), offsetAt(d.getTime(), tz));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function rfc3339InZone(iso: string | null, tz: string): string | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  const offsetMs = offsetAt(t, tz);
  const w = wallAt(t, offsetMs);
  const offsetMin = Math.round(offsetMs / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
