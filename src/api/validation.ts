import { Ajv, type Options, type SchemaValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import fastUri from 'fast-uri';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { FREE_JSON, MAX_INTEGER, MAX_ITEMS, MAX_STRING, checkFreeJson, type FreeJsonLimits } from './wire/bounds.js';

/**
 * How requests are validated, for every route at once:
 *
 * - Bodies are JSON and typed by the client: nothing is coerced (`"fast_approval": "true"` is refused,
 *   not taken as true). Query strings, path parameters and headers are text on the wire: numbers are
 *   read from them, and a boolean only from `true` or `false`.
 * - Every request schema is hardened when its route is added (`harden`), so that no field, today's or a
 *   later one, is left without the bounds the issue asks for: strings refuse NUL and control characters
 *   (`x-multiline` strings keep tab and line breaks) and run to at most MAX_STRING characters, integers and numbers are bounded and finite, arrays hold at
 *   most MAX_ITEMS, and free-form JSON objects are capped in depth, size and characters (`x-free-json`).
 *   The hardened schema is the one the OpenAPI document shows.
 */
export function registerValidation(app: FastifyInstance) {
  const body = newAjv({ coerceTypes: false });
  const text = newAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema));
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as Record<string, unknown> | undefined;
    if (!schema) return;
    for (const part of ['body', 'querystring', 'params', 'headers']) {
      if (schema[part] && typeof schema[part] === 'object') schema[part] = harden(schema[part]);
    }
  });
}

/** Fastify's own defaults (@fastify/ajv-compiler), with the coercion of the part. */
function newAjv(opts: Pick<Options, 'coerceTypes'>): Ajv {
  const ajv = new Ajv({ useDefaults: true, removeAdditional: true, uriResolver: fastUri, addUsedSchema: false, allErrors: false, ...opts });
  (formats as unknown as { default?: (a: Ajv) => void }).default?.(ajv) ?? (formats as unknown as (a: Ajv) => void)(ajv);
  ajv.addKeyword('x-multiline');
  const validate: SchemaValidateFunction = function freeJson(limits: FreeJsonLimits, data: unknown) {
    const problem = checkFreeJson(data, limits);
    if (problem) validate.errors = [{ keyword: 'x-free-json', message: problem, params: {}, instancePath: '', schemaPath: '' }];
    return !problem;
  };
  ajv.addKeyword({ keyword: 'x-free-json', schemaType: 'object', validate, errors: true });
  // Ajv checks minimum and maximum only on finite numbers (its number keywords sit behind an isFinite
  // guard, so this one is typeless), and coerces "1e400" to Infinity.
  ajv.addKeyword({
    keyword: 'x-finite',
    schemaType: 'boolean',
    validate: (_: boolean, data: unknown) => typeof data !== 'number' || Number.isFinite(data),
  });
  return ajv;
}

const SINGLE_LINE_BAD = '[\\u0000-\\u001f]';
const MULTI_LINE_BAD = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f]';
type Node = Record<string, unknown>;

/** A copy of a request schema with the bounds every field must have (see registerValidation). */
export function harden(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(harden);
  if (!schema || typeof schema !== 'object') return schema;
  const n: Node = { ...(schema as Node) };
  for (const k of ['properties', 'patternProperties', '$defs', 'definitions']) {
    if (n[k] && typeof n[k] === 'object') n[k] = Object.fromEntries(Object.entries(n[k] as Node).map(([p, v]) => [p, harden(v)]));
  }
  for (const k of [
    'items',
    'additionalItems',
    'additionalProperties',
    'not',
    'if',
    'then',
    'else',
    'contains',
    'propertyNames',
    'anyOf',
    'allOf',
    'oneOf',
    'prefixItems',
  ]) {
    if (n[k] && typeof n[k] === 'object') n[k] = harden(n[k]);
  }
  const types = Array.isArray(n.type) ? (n.type as string[]) : [n.type];
  if (types.includes('string')) {
    const bad = n['x-multiline'] === true ? MULTI_LINE_BAD : SINGLE_LINE_BAD;
    if (n.maxLength === undefined && n.enum === undefined && n.format === undefined) n.maxLength = MAX_STRING;
    n.pattern = typeof n.pattern === 'string' ? `^(?![\\s\\S]*${bad})(?:${n.pattern})` : `^(?![\\s\\S]*${bad})`;
  }
  if (types.includes('integer') || types.includes('number')) {
    if (n.maximum === undefined && n.exclusiveMaximum === undefined) n.maximum = MAX_INTEGER;
    if (n.minimum === undefined && n.exclusiveMinimum === undefined) n.minimum = -MAX_INTEGER;
    n['x-finite'] = true;
  }
  if (types.includes('array') && n.maxItems === undefined) n.maxItems = MAX_ITEMS;
  if (types.includes('object') && n.additionalProperties === true && n['x-free-json'] === undefined) n['x-free-json'] = { ...FREE_JSON };
  return n;
}
