/** The operations an OpenAPI 3.0 document declares, with every `$ref` resolved, ready to drive requests from. */

export type Schema = Record<string, any>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** As the document writes it, with `{name}` placeholders. */
  path: string;
  parameters: Parameter[];
  body?: { required: boolean; schema: Schema };
  /** Declared response schemas by status ("200", "400", …); undefined when a status is declared without a body. */
  responses: Record<string, Schema | undefined>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function pointer(doc: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  let at: any = doc;
  for (const raw of ref.slice(2).split('/')) {
    at = at?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (at === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return at;
}

/** Inlines every `$ref`; a recursive schema keeps its inner `$ref` loop cut at the second visit. */
export function deref(doc: Schema, node: unknown, seen: ReadonlySet<string> = new Set()): any {
  if (Array.isArray(node)) return node.map((n) => deref(doc, n, seen));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Schema;
  if (typeof obj.$ref === 'string') {
    if (seen.has(obj.$ref)) return {};
    return deref(doc, pointer(doc, obj.$ref), new Set([...seen, obj.$ref]));
  }
  const out: Schema = {};
  for (const [k, v] of Object.entries(obj)) out[k] = deref(doc, v, seen);
  return out;
}

/**
 * The headers every alternative of an operation's `security` demands (the `workspace` header of a design
 * route, whichever credential it takes), as the required header parameters they are on the wire. The
 * credentials themselves differ between alternatives and are left to the caller.
 */
function demandedHeaders(doc: Schema, security: Schema[]): Parameter[] {
  if (security.length === 0) return [];
  const schemes: Schema = doc.components?.securitySchemes ?? {};
  const common = Object.keys(security[0]!).filter((name) => security.every((alt) => name in alt));
  return common
    .map((name) => schemes[name])
    .filter((s) => s?.type === 'apiKey' && s.in === 'header')
    .map((s) => ({ name: s.name, in: 'header', required: true, schema: { type: 'string' } }));
}

export function operationsOf(doc: Schema): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths ?? {})) {
    const shared: Schema[] = item.parameters ?? [];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...shared, ...(op.parameters ?? [])]
        .map((p) => deref(doc, p))
        .filter((p) => p.in !== 'cookie')
        .map((p): Parameter => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} }));
      parameters.push(...demandedHeaders(doc, op.security ?? doc.security ?? []));
      const rb = op.requestBody && deref(doc, op.requestBody);
      const json = rb?.content?.['application/json'] ?? (rb?.content && Object.values(rb.content)[0]);
      const responses: Record<string, Schema | undefined> = {};
      for (const [status, r] of Object.entries<Schema>(op.responses ?? {})) {
        const resolved = deref(doc, r);
        responses[status] = resolved.content?.['application/json']?.schema;
      }
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters,
        responses,
        body: json ? { required: rb.required === true, schema: json.schema ?? {} } : undefined,
      });
    }
  }
  return ops;
}
