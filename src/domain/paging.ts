/** A list's default page size when the request names none (docs/API.md §1). */
export const DEFAULT_LIMIT = 50;

/** docs/API.md §1: "only 0 or multiples of limit are supported, otherwise rounded down". */
export function roundOffset(offset: number, limit: number): number {
  return Math.floor(offset / limit) * limit;
}

/** The page a list request asks for: its limit (or the default) and its offset rounded down to a multiple of it. */
export function pageOf(q: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = q.limit ?? DEFAULT_LIMIT;
  return { limit, offset: roundOffset(q.offset ?? 0, limit) };
}
