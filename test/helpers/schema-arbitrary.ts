import fc from 'fast-check';
import type { Schema } from './openapi-operations.js';
import { deepNest, rawInteger, RawJson, toJson } from './raw-json.js';

/**
 * fast-check arbitraries from an OpenAPI 3.0 (JSON Schema) schema, in three moods:
 * - valid: what the schema allows, preferring ids that exist so that requests reach the use cases;
 * - boundary: still allowed by the schema, but at its edges (exact min/max lengths and sizes, 2^53 and 2^63,
 *   empty arrays, control characters where no pattern forbids them, 5000-deep JSON where any value goes);
 * - invalid: a valid shape with, here and there, a value the schema refuses (wrong type, out of range,
 *   huge, missing required, extra properties, NUL and control characters, deep nesting).
 * `undefined` stands for an absent property or parameter.
 */
export type Mode = 'valid' | 'boundary' | 'invalid';

export interface Pools {
  /** Ids that exist for a field or parameter of this name (may be empty); `idShaped` when its pattern says id. */
  idsFor(name: string | undefined, idShaped: boolean): readonly string[];
}

const MAX_DEPTH = 10;
const ID_PATTERN = /\[0-9\]\{[01],19\}/;
/** Lookarounds, which fast-check cannot generate from; archgate wraps its patterns in one that refuses control characters. */
const LOOKAROUND = /\(\?<?[!=](?:[^()\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\)/g;
const CONTROLS = /[\u0000-\u001f]/g;
const CONTROL = fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c));
const FAR_INTEGERS = [
  '2147483647',
  '2147483648',
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775809',
  '18446744073709551616',
];

const typesOf = (s: Schema): string[] =>
  Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : s.items ? ['array'] : [];

const isIdShaped = (s: Schema) => typeof s.pattern === 'string' && ID_PATTERN.test(s.pattern);
const GATES = new Set(['project_id', 'workspace', 'x-project-id']);

/** A long string of one repeated character: cheap to generate however long. */
const repeated = (min: number, max: number) =>
  fc.tuple(fc.constantFrom('a', '9', 'é', '中', '😀', '\u0000', ' '), fc.integer({ min, max })).map(([c, n]) => c.repeat(n));

const hugeString = repeated(100_000, 1_100_000);

export function schemaArb(s: Schema, mode: Mode, pools: Pools, name?: string, depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(undefined);
  const shaped = shapedArb(s, mode, pools, name, depth);
  if (mode === 'invalid') return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 1, arbitrary: invalidArb(s, name) });
  return shaped;
}

function shapedArb(s: Schema, mode: Mode, pools: Pools, name: string | undefined, depth: number): fc.Arbitrary<unknown> {
  const branches: fc.Arbitrary<unknown>[] = [];
  if (s.anyOf || s.oneOf) branches.push(...(s.anyOf ?? s.oneOf).map((b: Schema) => schemaArb(b, mode, pools, name, depth + 1)));
  else if (s.allOf) branches.push(schemaArb(Object.assign({}, ...s.allOf), mode, pools, name, depth + 1));
  else if ('const' in s) branches.push(fc.constant(s.const));
  else if (Array.isArray(s.enum)) branches.push(fc.constantFrom(...s.enum));
  else {
    const types = typesOf(s);
    if (types.length === 0) branches.push(anyArb(mode));
    for (const t of types) branches.push(typedArb(t, s, mode, pools, name, depth));
  }
  const main = branches.length === 1 ? branches[0]! : fc.oneof(...branches);
  return s.nullable === true ? fc.oneof({ weight: 8, arbitrary: main }, { weight: 1, arbitrary: fc.constant(null) }) : main;
}

function typedArb(t: string, s: Schema, mode: Mode, pools: Pools, name: string | undefined, depth: number): fc.Arbitrary<unknown> {
  switch (t) {
    case 'string':
      return stringArb(s, mode, pools, name);
    case 'integer':
      return integerArb(s, mode);
    case 'number':
      return numberArb(s, mode);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArb(s, mode, pools, name, depth);
    case 'object':
      return objectArb(s, mode, pools, depth);
    default:
      return anyArb(mode);
  }
}

function anyArb(mode: Mode): fc.Arbitrary<unknown> {
  const json = fc.jsonValue({ maxDepth: 2 });
  if (mode === 'valid') return json;
  return fc.oneof(
    { weight: 3, arbitrary: json },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 5000, max: 12000 }).chain((d) => fc.constantFrom(deepNest(d, 'object'), deepNest(d, 'array'))),
    },
  );
}

/** The part of a pattern that says what a value looks like, once lookarounds and bare anchors are set aside. */
function shapingPattern(s: Schema): RegExp | undefined {
  if (typeof s.pattern !== 'string') return undefined;
  const rest = s.pattern.replace(LOOKAROUND, '');
  if (/^[\^$]*(\(\?:[\^$]*\))*[\^$]*$/.test(rest)) return undefined;
  try {
    return new RegExp(rest);
  } catch {
    return undefined;
  }
}

function plainString(s: Schema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 24, min + 24));
  const full = typeof s.pattern === 'string' ? new RegExp(s.pattern) : undefined;
  const shape = shapingPattern(s);
  // Valid values keep clear of control characters: the boundary and invalid moods send those on purpose.
  const fitLength = (v: string) => {
    const c = v.replace(CONTROLS, '');
    return full && !full.test(c) ? v : c;
  };
  if (shape)
    return fc
      .stringMatching(shape)
      .map((v) => fitLength(v).slice(0, s.maxLength ?? Infinity))
      .filter((v) => v.length >= min);
  if (s.format === 'date-time')
    return fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2100-01-01') }).map((d) => d.toISOString());
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' }) },
      { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }) },
    )
    .map(fitLength)
    .filter((v) => v.length >= min);
}

function stringArb(s: Schema, mode: Mode, pools: Pools, name: string | undefined): fc.Arbitrary<unknown> {
  const plain = plainString(s);
  const ids = pools.idsFor(name, isIdShaped(s));
  // A query list of ids ("ids=1,2,3"): several real ones joined.
  const list =
    ids.length > 0 && name?.endsWith('ids')
      ? fc.subarray([...ids], { minLength: 1, maxLength: Math.min(4, ids.length) }).map((a) => a.join(','))
      : undefined;
  const real = ids.length > 0 ? fc.constantFrom(...ids) : undefined;
  // Mostly real ids: an id that exists is what gets a request past "not found" into the use case.
  // The project and workspace gate every design route, so they are nearly always the real ones.
  const valid = [{ weight: 1, arbitrary: plain as fc.Arbitrary<unknown> }];
  if (real) valid.push({ weight: GATES.has(name ?? '') ? 40 : 6, arbitrary: real });
  if (list) valid.push({ weight: 3, arbitrary: list });
  if (mode !== 'boundary') return fc.oneof(...valid);
  const min = s.minLength ?? 0;
  const edges: fc.Arbitrary<unknown>[] = [fc.constant('a'.repeat(min))];
  if (s.maxLength !== undefined) edges.push(fc.constantFrom('x', '中', '😀', 'é').map((c) => c.repeat(s.maxLength)));
  if (isIdShaped(s))
    edges.push(fc.constantFrom('0', '0000000000000000000', ...FAR_INTEGERS.filter((d) => !d.startsWith('-') && d.length <= 19)));
  if (shapingPattern(s) === undefined && s.format === undefined) {
    const room = Math.max(1, Math.min(s.maxLength ?? 64, 64));
    edges.push(
      fc.string({
        minLength: Math.max(min, 1),
        maxLength: room,
        unit: fc.oneof(CONTROL, fc.constantFrom('\u007f', '\u2028', '\ufeff', '\ud800', '\udfff')),
      }),
    );
    if (s.maxLength === undefined) edges.push(hugeString);
  }
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...valid) }, { weight: 2, arbitrary: fc.oneof(...edges) });
}

function integerArb(s: Schema, mode: Mode): fc.Arbitrary<unknown> {
  const lo = Math.max(s.minimum ?? -1000, Number.MIN_SAFE_INTEGER) + (s.exclusiveMinimum === true ? 1 : 0);
  const hi = Math.min(s.maximum ?? 100_000, Number.MAX_SAFE_INTEGER) - (s.exclusiveMaximum === true ? 1 : 0);
  const valid = fc.integer({ min: lo, max: Math.max(lo, hi) });
  if (mode !== 'boundary') return valid;
  const inRange = (d: string) =>
    (s.minimum === undefined || BigInt(d) >= BigInt(Math.ceil(s.minimum))) &&
    (s.maximum === undefined || BigInt(d) <= BigInt(Math.floor(s.maximum)));
  const edges: unknown[] = [
    lo,
    Math.max(lo, hi),
    ...[0, -1, 1].filter((n) => n >= lo && n <= hi),
    ...FAR_INTEGERS.filter(inRange).map(rawInteger),
  ];
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: fc.constantFrom(...edges) });
}

function numberArb(s: Schema, mode: Mode): fc.Arbitrary<unknown> {
  const min = s.minimum ?? -1e6;
  const max = s.maximum ?? 1e6;
  const valid = fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  if (mode !== 'boundary') return valid;
  return fc.oneof(
    valid,
    fc
      .constantFrom(min, max, 0, new RawJson('-0'), 5e-324, 1.7976931348623157e308)
      .filter((v) => !(typeof v === 'number') || (v >= min && v <= max)),
  );
}

function arrayArb(s: Schema, mode: Mode, pools: Pools, name: string | undefined, depth: number): fc.Arbitrary<unknown> {
  const items = schemaArb(s.items ?? {}, mode, pools, name, depth + 1);
  const min = s.minItems ?? 0;
  const max = Math.max(min, Math.min(s.maxItems ?? min + 4, min + 4));
  const valid = s.uniqueItems
    ? fc.uniqueArray(items, { minLength: min, maxLength: max, selector: (v) => JSON.stringify(v) })
    : fc.array(items, { minLength: min, maxLength: max });
  if (mode !== 'boundary') return valid;
  // The largest array the schema allows (or, with no limit, past the 10,000 the descriptions promise),
  // of one item repeated: cheap to generate, and a duplicate check is a fine place to be refused at.
  const big = s.maxItems ?? 10_001;
  // A huge item stays one: ten thousand megabyte strings would exceed what a JavaScript string can hold.
  const edges = [
    items.map((v) => Array(Math.max(min, 1)).fill(v)),
    items.map((v) => Array(toJson(v).length > 2000 ? Math.max(min, 1) : big).fill(v)),
  ];
  if (min === 0) edges.push(fc.constant([]));
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.oneof(...edges) });
}

function objectArb(s: Schema, mode: Mode, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  const props: Record<string, Schema> = s.properties ?? {};
  const required = new Set<string>(s.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, ps] of Object.entries(props)) {
    const v = schemaArb(ps, mode, pools, k, depth + 1);
    if (required.has(k) && mode !== 'invalid') {
      model[k] = v;
      continue;
    }
    const keepRate = required.has(k) ? 20 : mode === 'boundary' ? 3 : 1;
    model[k] = fc.oneof({ weight: keepRate, arbitrary: v }, { weight: 1, arbitrary: fc.constant(undefined) });
  }
  let rec: fc.Arbitrary<Record<string, unknown>> = fc.record(model);
  const open = s.additionalProperties !== false;
  if (Object.keys(props).length === 0 && open) {
    const values =
      typeof s.additionalProperties === 'object' ? schemaArb(s.additionalProperties, mode, pools, undefined, depth + 1) : anyArb(mode);
    rec = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 4 });
  }
  if (mode === 'valid') return rec;
  // Extra properties: refused where the schema closes the object, carried (deep nesting and all) where it does not.
  const extraKey = fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'a'.repeat(300), '', '\u0000');
  const extraValue = mode === 'boundary' && !open ? fc.constant(undefined) : fc.oneof(fc.constant('x'), anyArb('boundary'));
  return fc.oneof(
    { weight: 4, arbitrary: rec },
    { weight: 1, arbitrary: fc.tuple(rec, extraKey, extraValue).map(([o, k, v]) => (v === undefined ? o : { ...o, [k]: v })) },
  );
}

/** A value this schema refuses (or, for the laxest schemas, one that tests the server's own limits). */
export function invalidArb(s: Schema, name?: string): fc.Arbitrary<unknown> {
  const types = typesOf(s);
  const wrongType: unknown[] = [{}, [], 'x', 7, true];
  if (s.nullable !== true && !types.includes('null')) wrongType.push(null);
  const refused = (v: unknown) => !types.includes(kindOf(v)) && !(kindOf(v) === 'integer' && types.includes('number'));
  const out: fc.Arbitrary<unknown>[] = [fc.constantFrom(...wrongType.filter(refused))];
  if (Array.isArray(s.enum))
    out.push(
      fc.constantFrom('NOT_AN_ENUM_VALUE', `${String(s.enum[0]).toLowerCase()}`, `${String(s.enum[0])}\u0000`, ` ${String(s.enum[0])}`),
    );
  if (types.includes('boolean')) out.push(fc.constantFrom('true', 'false', 1, 0, 'yes'));
  if (types.includes('integer') || types.includes('number')) {
    const edges: unknown[] = ['1', '', 1.5, new RawJson('1e400'), new RawJson('-1e400'), ...FAR_INTEGERS.map(rawInteger)];
    if (s.minimum !== undefined) edges.push(s.minimum - 1);
    if (s.maximum !== undefined) edges.push(s.maximum + 1);
    out.push(fc.constantFrom(...edges));
  }
  if (types.includes('string')) {
    out.push(
      hugeString,
      fc.string({ minLength: 1, maxLength: 40, unit: CONTROL }),
      fc.string({ maxLength: 10 }).map((v) => `${v}\u0000${v}`),
      fc.constantFrom('\ud800', 'a\udfffb', '', ' ', '%00', '../..', "' OR 1=1 --"),
    );
    if (s.maxLength !== undefined) out.push(fc.constantFrom('x', '中', '😀').map((c) => c.repeat(s.maxLength + 1)));
    if (s.minLength) out.push(fc.constant('a'.repeat(s.minLength - 1)));
    if (isIdShaped(s) || /(^|_)ids?$/.test(name ?? ''))
      out.push(fc.constantFrom('-1', '1.5', '1e3', '0x10', '１２３', '123456789012345678901234567890', 'null', 'undefined'));
  }
  if (types.includes('array')) {
    if (s.maxItems !== undefined) out.push(fc.constant(Array(s.maxItems + 1).fill(s.items?.type === 'string' ? '1' : {})));
    if (s.minItems) out.push(fc.constant([]));
    out.push(fc.integer({ min: 5000, max: 12000 }).map((d) => deepNest(d, 'array')));
  }
  if (types.includes('object') || types.length === 0) out.push(fc.integer({ min: 5000, max: 12000 }).map((d) => deepNest(d, 'object')));
  return fc.oneof(...out);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
