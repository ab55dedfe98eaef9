import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfc3339InZone, wallClock } from '../../src/domain/time.js';

/** The wall clock as ICU reads it, part by part, at every call (what wallClock answers from memory). */
function icuWallClock(t: number, tz: string) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/**
 * Zones whose changes are not on the hour in UTC, or are odd: half-hour DST (Lord Howe), a 45-minute zone with
 * DST (Chatham), a negative DST (Dublin), a half-hour zone with DST (St John's), a zone that skipped a day
 * (Apia, 2011), and local mean times with seconds before 1900 (Amsterdam, Kolkata).
 */
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Europe/Dublin',
  'America/St_Johns',
  'Pacific/Apia',
  'Europe/Amsterdam',
  'Asia/Kolkata',
  'Asia/Kathmandu',
];

/** Every instant in a zone within a day of a change: one read every 7 minutes 13 seconds or so, and the change's own minutes. */
function changesOf(tz: string, fromYear: number, toYear: number): number[] {
  const out: number[] = [];
  const offset = (t: number) => {
    const w = icuWallClock(t, tz);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1000) * 1000;
  };
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear, 0, 1); t += 86_400_000) {
    if (offset(t) === offset(t + 86_400_000)) continue;
    // Narrow the change down to the second.
    let lo = t;
    let hi = t + 86_400_000;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}

describe("times on the wire: RFC 3339 with the configured zone's offset", () => {
  it.each([
    { iso: '2024-04-19T09:14:08.123Z', tz: 'UTC', wire: '2024-04-19T09:14:08+00:00' },
    { iso: '2024-04-19T09:14:08.123Z', tz: 'Asia/Shanghai', wire: '2024-04-19T17:14:08+08:00' },
    { iso: '2024-01-15T12:00:00.000Z', tz: 'America/New_York', wire: '2024-01-15T07:00:00-05:00' },
    { iso: '2024-07-15T12:00:00.000Z', tz: 'America/New_York', wire: '2024-07-15T08:00:00-04:00' },
    { iso: '2024-12-31T20:30:00.000Z', tz: 'Asia/Kolkata', wire: '2025-01-01T02:00:00+05:30' },
  ])('$iso in $tz is $wire', ({ iso, tz, wire }) => {
    expect(rfc3339InZone(iso, tz)).toBe(wire);
  });

  it('answers each time in its own zone when times and zones alternate (offsets are remembered per zone)', () => {
    const a = '2024-01-15T12:00:00.000Z';
    const b = '2024-07-15T12:00:00.000Z';
    const calls: [string, string, string][] = [
      [a, 'America/New_York', '2024-01-15T07:00:00-05:00'],
      [a, 'America/New_York', '2024-01-15T07:00:00-05:00'],
      [a, 'Asia/Shanghai', '2024-01-15T20:00:00+08:00'],
      [b, 'America/New_York', '2024-07-15T08:00:00-04:00'],
      [a, 'Asia/Shanghai', '2024-01-15T20:00:00+08:00'],
      [a, 'America/New_York', '2024-01-15T07:00:00-05:00'],
      [b, 'America/New_York', '2024-07-15T08:00:00-04:00'],
    ];
    expect(calls.map(([iso, tz]) => rfc3339InZone(iso, tz))).toEqual(calls.map(([, , wire]) => wire));
  });

  it('keeps null as null', () => {
    expect(rfc3339InZone(null, 'UTC')).toBeNull();
  });

  it('reads the wall clock as numbers, midnight as hour 0', () => {
    expect(wallClock(new Date('2024-03-01T16:00:00Z'), 'Asia/Shanghai')).toEqual({ y: 2024, mo: 3, d: 2, h: 0, mi: 0, s: 0 });
  });

  it.each([
    { zones: ZONES, from: 2010, to: 2030 },
    // Local mean times ending at odd seconds, inside a quarter hour: the offset is read from ICU there.
    { zones: ['Europe/Amsterdam', 'Europe/Dublin', 'Asia/Kolkata'], from: 1880, to: 1920 },
  ])(
    'agrees with ICU read at every call, around every change of offset ($from to $to) in zones with odd changes',
    ({ zones, from, to }) => {
      let offQuarter = 0;
      for (const tz of zones) {
        const changes = changesOf(tz, from, to);
        offQuarter += changes.filter((at) => at % 900_000 !== 0).length;
        for (const at of changes)
          for (const d of [-900_001, -900_000, -1000, -1, 0, 1, 999, 1000, 59_999, 60_000, 899_999, 900_000, 1_800_000]) {
            const t = at + d;
            expect(wallClock(new Date(t), tz), `${tz} at ${new Date(t).toISOString()}`).toEqual(icuWallClock(t, tz));
          }
      }
      if (from < 1900) expect(offQuarter).toBeGreaterThan(0);
    },
  );

  it('agrees with ICU read at every call for any instant from 1850 to 2100 (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), (tz, t) => {
        expect(wallClock(new Date(t), tz)).toEqual(icuWallClock(t, tz));
        const w = icuWallClock(t, tz);
        const offsetMin = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1000) * 1000) / 60000);
        expect(rfc3339InZone(new Date(t).toISOString(), tz)!.slice(-6)).toBe(
          `${offsetMin < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMin) % 60).padStart(2, '0')}`,
        );
      }),
      { numRuns: 5000 },
    );
  });
});
