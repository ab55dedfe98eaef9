/** docs/API.md §1: "only 0 or multiples of limit are supported, otherwise rounded down". */
export function roundOffset(offset: number, limit: number): number {
  return Math.floor(offset / limit) * limit;
}
