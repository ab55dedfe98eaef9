import { describe, expect, it } from 'vitest';
import { nextOccurrence, parseSchedule } from '../../src/domain/schedule.js';

describe('schedule_time (mm_hh) in a time zone', () => {
  it('parses mm_hh and refuses anything else', () => {
    expect(parseSchedule('30_18')).toEqual({ minute: 30, hour: 18 });
    for (const bad of ['1830', '60_18', '30_24', '3_18', '30_8', '', 'aa_bb']) expect(parseSchedule(bad)).toBeNull();
  });

  it.each([
    ['later today', '30_18', '2026-11-27T10:00:00Z', 'UTC', '2026-11-27T18:30:00.000Z'],
    ['tomorrow when the time has passed', '30_08', '2026-11-27T10:00:00Z', 'UTC', '2026-11-28T08:30:00.000Z'],
    ['tomorrow when it is exactly now', '00_10', '2026-11-27T10:00:00Z', 'UTC', '2026-11-28T10:00:00.000Z'],
    ['in the configured zone', '00_00', '2026-11-27T10:00:00Z', 'Asia/Shanghai', '2026-11-27T16:00:00.000Z'],
    ['across midnight in the zone', '30_18', '2026-11-27T11:00:00Z', 'Asia/Shanghai', '2026-11-28T10:30:00.000Z'],
    ['on a daylight-saving day', '30_03', '2026-03-29T00:00:00Z', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
  ])('%s', (_label, schedule, now, tz, expected) => {
    expect(nextOccurrence(schedule, new Date(now), tz).toISOString()).toBe(expected);
  });
});
