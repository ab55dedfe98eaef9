import { describe, expect, it } from 'vitest';
import { rfc3339InZone, wallClock } from '../../src/domain/time.js';

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

  it('answers each time in its own zone when times and zones alternate (the last one formatted is remembered per zone)', () => {
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
});
