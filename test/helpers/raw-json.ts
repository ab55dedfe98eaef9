/**
 * JSON text that JSON.stringify cannot write: integers beyond 2^53 as exact literals, 1e400, -0, and
 * nesting thousands of levels deep (a recursive writer would blow its own stack first).
 */
export class RawJson {
  constructor(
    readonly text: string,
    readonly label: string = text,
  ) {}
}

export const rawInteger = (digits: string) => new RawJson(digits);

export function deepNest(depth: number, kind: 'object' | 'array'): RawJson {
  const [open, close] = kind === 'object' ? ['{"a":', '}'] : ['[', ']'];
  return new RawJson(`${open.repeat(depth)}1${close.repeat(depth)}`, `<${kind} nested ${depth} deep>`);
}

/** JSON text for a generated value; `undefined` properties are left out, as JSON.stringify does. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : toJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) if (v !== undefined) parts.push(`${JSON.stringify(k)}:${toJson(v)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A readable, bounded rendering for reports: long strings and raw blobs are cut, with their length said. */
export function preview(value: unknown, max = 400): string {
  const text = typeof value === 'string' ? value : value instanceof RawJson ? value.label : toJsonPreview(value);
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}

function toJsonPreview(value: unknown): string {
  if (value instanceof RawJson) return value.label;
  if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 60)}…(${value.length} chars)` : value);
  if (Array.isArray(value)) {
    const head = value.slice(0, 5).map(toJsonPreview);
    return `[${head.join(',')}${value.length > 5 ? `,…(${value.length} items)` : ''}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonPreview(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
