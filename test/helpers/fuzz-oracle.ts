import { Ajv } from 'ajv';
import type { Operation, Schema } from './openapi-operations.js';

/**
 * What every answer must satisfy, whatever was asked: below 500; a status the operation declares; an error
 * body in the shape the document declares for that status. Failures are kept by class (operation, status,
 * reason) with the shortest reproduction seen, so that one run reports everything it found.
 */
// OpenAPI 3.0 schemas: `nullable` is understood; formats and unknown keywords are descriptive here.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
const compiled = new WeakMap<Schema, ReturnType<typeof ajv.compile>>();

function validatorFor(schema: Schema) {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

export interface Answer {
  status: number;
  text: string;
  json: unknown;
  parsed: boolean;
}

/** The reasons this answer breaks the contract (empty when it keeps it). The no-write check is the caller's. */
export function contractBreaches(op: Operation, a: Answer): string[] {
  if (a.status >= 500)
    return [`server error${a.parsed ? ` ${String((a.json as any)?.error_code ?? (a.json as any)?.error?.code ?? '')}` : ''}`];
  const declared = op.responses[String(a.status)] ?? op.responses[`${String(a.status)[0]}XX`] ?? op.responses.default;
  if (declared === undefined && !(String(a.status) in op.responses)) return ['undeclared status'];
  if (a.status < 400 || declared === undefined) return [];
  if (!a.parsed) return [`error body is not JSON: ${JSON.stringify(a.text.slice(0, 60))}`];
  const validate = validatorFor(declared);
  if (validate(a.json)) return [];
  const e = validate.errors?.[0];
  // Array indices are dropped so that one defect is one class however many items it hit.
  const where = (e?.instancePath ?? '').replace(/\/\d+/g, '/*') || '(root)';
  return [`error body does not match the documented shape: ${where} ${e?.message ?? ''}`.trim()];
}

export interface FailureClass {
  operation: string;
  status: number;
  reason: string;
  count: number;
  repro: string;
  got: string;
}

export class FailureLog {
  private readonly classes = new Map<string, FailureClass>();

  add(op: Operation, status: number, reason: string, repro: string, got: string) {
    const operation = `${op.method} ${op.path}`;
    const key = `${operation}|${status}|${reason}`;
    const known = this.classes.get(key);
    if (!known) {
      this.classes.set(key, { operation, status, reason, count: 1, repro, got });
      return;
    }
    known.count++;
    if (repro.length < known.repro.length) {
      known.repro = repro;
      known.got = got;
    }
  }

  get size() {
    return this.classes.size;
  }

  list(): FailureClass[] {
    return [...this.classes.values()].sort(
      (a, b) => a.operation.localeCompare(b.operation) || a.status - b.status || a.reason.localeCompare(b.reason),
    );
  }

  /** One entry per (status, reason), naming every operation it hit, with the shortest reproduction among them. */
  report(): string {
    const groups = new Map<string, FailureClass[]>();
    for (const f of this.list()) {
      const key = `${f.status}: ${f.reason}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    return [...groups.entries()]
      .map(([key, fs], i) => {
        const best = fs.reduce((a, b) => (b.repro.length < a.repro.length ? b : a));
        const ops = fs.map((f) => `${f.operation} (x${f.count})`).join(', ');
        return `${i + 1}. ${key}\n   operations (${fs.length}): ${ops}\n   repro: ${best.repro}\n   got: ${best.got}`;
      })
      .join('\n');
  }
}
