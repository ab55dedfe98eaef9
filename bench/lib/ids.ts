import { randomInt } from 'node:crypto';

/** A random 19-digit decimal id, as the snowflakes archgate issues look. */
export function fakeId19(): string {
  let s = String(randomInt(1, 10));
  for (let i = 0; i < 18; i++) s += String(randomInt(0, 10));
  return s;
}
