/**
 * JSON columns (biz_info, refs, ...) are TEXT on both engines: the store parses them where it reads them and
 * serialises them where it writes them, so that nothing outside src/store/ ever sees their text.
 */

/** How deep a stored value may nest when read: the request body's own cap (api/wire/bounds.ts MAX_BODY_DEPTH). */
export const MAX_STORED_DEPTH = 64;

/**
 * A stored JSON text, parsed, with whatever lies deeper than `limit` levels cut to null. Rows written
 * before the input caps existed may nest thousands of levels, which serializing an answer could not
 * survive; they must still be listed.
 */
export function parseStored(text: string, limit = MAX_STORED_DEPTH): unknown {
  const value = JSON.parse(text) as unknown;
  const stack: [Record<string, unknown> | unknown[], number][] = [];
  if (value !== null && typeof value === 'object') stack.push([value as Record<string, unknown>, 1]);
  while (stack.length) {
    const [v, d] = stack.pop()!;
    for (const [k, c] of Object.entries(v)) {
      if (c === null || typeof c !== 'object') continue;
      if (d >= limit) (v as Record<string, unknown>)[k] = null;
      else stack.push([c as Record<string, unknown>, d + 1]);
    }
  }
  return value;
}

/** A JSON object, as opposed to an array or a scalar: a record of named values. */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A stored JSON object (a payload): parsed under the depth cap; anything but an object reads as `{}`. */
export function parseStoredObject(text: string): Record<string, unknown> {
  const v = parseStored(text);
  return isJsonObject(v) ? v : {};
}
