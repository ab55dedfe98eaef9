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

export function rfc3339InZone(iso: string | null, tz: string): string | null {
  if (iso === null) return null;
  const d = new Date(iso);
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
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offsetMin = Math.round((local - Math.floor(d.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${off}`;
}
