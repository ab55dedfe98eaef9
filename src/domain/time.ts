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

/** An instant's wall-clock time in a zone, as numbers (one formatter per zone, made once). */
export function wallClock(d: Date, tz: string) {
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
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, Number(x.value)]));
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The last time formatted, per zone: the items of one batch share their times, and formatToParts allocates
 * about 2 KB a call (43 MB of a 10,000-object registration's 134 MB, which answers two times per object).
 */
const lastFormatted = new Map<string, { iso: string; text: string }>();

export function rfc3339InZone(iso: string | null, tz: string): string | null {
  if (iso === null) return null;
  const last = lastFormatted.get(tz);
  if (last?.iso === iso) return last.text;
  const text = formatInZone(iso, tz);
  lastFormatted.set(tz, { iso, text });
  return text;
}

function formatInZone(iso: string, tz: string): string {
  const d = new Date(iso);
  const w = wallClock(d, tz);
  const local = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  const offsetMin = Math.round((local - Math.floor(d.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
