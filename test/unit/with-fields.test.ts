import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFields } from '../../src/domain/with-fields.js';

/** Keys that JSON bodies may carry, the awkward ones among them. */
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'status', 'name_en', '0', '10'),
  fc.string({ maxLength: 6 }),
);
/** An object as JSON.parse gives it: `__proto__` an own key, not the prototype. */
const parsedObject = fc.dictionary(key, fc.jsonValue({ maxDepth: 2 })).map((o) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>);

describe('withFields', () => {
  it('gives what { ...base, ...fields } gives: the same own keys, in the same order, the same values and prototype (property)', () => {
    fc.assert(
      fc.property(parsedObject, parsedObject, (base, fields) => {
        const fast = withFields(base, fields);
        const spread = { ...base, ...fields };
        expect(Reflect.ownKeys(fast)).toEqual(Reflect.ownKeys(spread));
        for (const k of Reflect.ownKeys(spread))
          expect(Object.getOwnPropertyDescriptor(fast, k)).toEqual(Object.getOwnPropertyDescriptor(spread, k));
        expect(Object.getPrototypeOf(fast)).toBe(Object.prototype);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(spread));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an own __proto__ key, of either argument, as a key, never as the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    for (const out of [withFields(parsed, { b: 2 }), withFields({ b: 2 }, parsed)] as Record<string, unknown>[]) {
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(out.polluted).toBeUndefined();
      expect(Object.keys(out).sort()).toEqual(['__proto__', 'a', 'b']);
    }
  });

  it('leaves its arguments as they were', () => {
    const base = { a: 1, b: { c: 2 } };
    const fields = { b: 3 };
    withFields(base, fields);
    expect(base).toEqual({ a: 1, b: { c: 2 } });
    expect(fields).toEqual({ b: 3 });
  });
});
