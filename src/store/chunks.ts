/** Splits rows or ids into runs of at most `size`: statements have a bound on their parameters. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * How `count` rows go into multi-row statements of at most `max` rows (a power of two): as many of `max` as
 * fit, then one each of the halves that the rest needs. A few statement texts per table, whatever the count.
 */
export function statementRuns(count: number, max: number): { size: number; runs: number }[] {
  const out: { size: number; runs: number }[] = [];
  let left = count;
  for (let size = max; size >= 1; size >>= 1) {
    const runs = Math.floor(left / size);
    if (runs === 0) continue;
    out.push({ size, runs });
    left -= runs * size;
  }
  return out;
}
