/**
 * The bounds of every request field (applied to each route's schemas by api/validation.ts harden()).
 * A field's own schema may be stricter; none may be looser without saying so.
 */

/** Integers (offsets, counts, levels): a signed 32-bit value, which both engines and JSON hold exactly. */
export const MAX_INTEGER = 2 ** 31 - 1;
/** A string field that names no length of its own. */
export const MAX_STRING = 65536;
/** Any list, of ids or of objects: a batch's size. */
export const MAX_ITEMS = 10000;
/** Comma-separated id lists in a query string (also bounded by the URL length Node accepts, 16 KiB). */
export const MAX_QUERY_IDS = 1000;

export interface FreeJsonLimits {
  maxDepth?: number;
  maxBytes?: number;
}
/** Free-form JSON (biz_info and the like): nesting and serialized size, per field. */
export const FREE_JSON: Required<FreeJsonLimits> = { maxDepth: 32, maxBytes: 64 * 1024 };
/** Any request body as a whole, before its schema is read: beyond it, a body is refused unread. */
export const MAX_BODY_DEPTH = 64;

/** Deepest nesting of a JSON value, walked without recursion, stopping past `limit`. */
export function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const c of Array.isArray(v) ? v : Object.values(v)) if (c !== null && typeof c === 'object') stack.push([c, d + 1]);
  }
  return max;
}

// Values may hold tab and line breaks (descriptions in free JSON); keys may not.
const BAD_VALUE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const BAD_KEY = /[\u0000-\u001f]/;

/** Why a free JSON value is refused, or null when it is within FREE_JSON's limits. */
export function checkFreeJson(value: unknown, limits: FreeJsonLimits = {}): string | null {
  const { maxDepth, maxBytes } = { ...FREE_JSON, ...limits };
  if (depthOf(value, maxDepth) > maxDepth) return `must be JSON nested at most ${maxDepth} levels deep`;
  if (Buffer.byteLength(JSON.stringify(value)) > maxBytes) return `must be at most ${maxBytes} bytes of JSON`;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string' && BAD_VALUE.test(v)) return 'must not hold NUL or control characters';
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const c of v) stack.push(c);
      continue;
    }
    for (const [k, c] of Object.entries(v)) {
      if (BAD_KEY.test(k)) return 'must not hold NUL or control characters in keys';
      stack.push(c);
    }
  }
  return null;
}
