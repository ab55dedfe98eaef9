/**
 * `schedule_time` is `mm_hh` (docs/API.md §11.8: `30_18` is 18:30) in the configured time zone; a batch runs at
 * the next occurrence of that wall-clock time after it was submitted.
 */
import { wallClock } from './time.js';

export const SCHEDULE_RE = /^([0-5][0-9])_([01][0-9]|2[0-3])$/;

export function parseSchedule(v: string): { minute: number; hour: number } | null {
  const m = SCHEDULE_RE.exec(v);
  return m ? { minute: Number(m[1]), hour: Number(m[2]) } : null;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(t: number, tz: string): number {
  const w = wallClock(new Date(t), tz);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1000) * 1000;
}

/** The first instant strictly after `now` whose wall-clock time in `tz` is hh:mm:00. */
export function nextOccurrence(schedule: string, now: Date, tz: string): Date {
  const at = parseSchedule(schedule);
  if (!at) throw new Error(`not a schedule: ${schedule}`);
  const today = wallClock(now, tz);
  for (let day = 0; day < 3; day++) {
    const localMs = Date.UTC(today.y, today.mo - 1, today.d + day, at.hour, at.minute, 0);
    // Two passes settle the offset across a daylight-saving change.
    let t = localMs - offsetAt(localMs, tz);
    t = localMs - offsetAt(t, tz);
    if (t > now.getTime()) return new Date(t);
  }
  throw new Error('no next occurrence within two days');
}
