import { createArchgateClient, type ArchgateClient, type Credentials, type paths } from '../client/index.js';
import { CliError, EXIT, type ExitCode } from './errors.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; their types live in src/client/openapi.ts
export type Wire = any;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface CallOptions {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the workspace header (design and extension routes); IAM routes take none. */
  workspace?: boolean;
}

export interface Answer {
  status: number;
  body: Wire;
  headers: Headers;
}

/**
 * Every call of the command goes through here: the typed client of src/client (which adds the token or
 * signs with the access key), with the project id and workspace filled in, and every failure turned into
 * a CliError with its exit code and a message that names the error code and the request id.
 */
export class Api {
  readonly client: ArchgateClient;
  constructor(
    readonly endpoint: string,
    readonly projectId: string,
    readonly workspaceId: string,
    credentials?: Credentials,
  ) {
    this.client = createArchgateClient({ endpoint, credentials });
  }

  async call(method: Method, route: keyof paths, o: CallOptions = {}): Promise<Answer> {
    const header: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.workspace !== false && this.workspaceId) header.workspace = this.workspaceId;
    const query = o.query ? Object.fromEntries(Object.entries(o.query).filter(([, v]) => v !== undefined)) : undefined;
    const init = { params: { path: { project_id: this.projectId, ...(o.path ?? {}) }, query, header }, body: o.body } as never;
    let r: { data?: unknown; error?: unknown; response: Response };
    try {
      r = await (this.client[method] as (p: string, i: never) => Promise<typeof r>)(route, init);
    } catch (err) {
      throw unreachable(this.endpoint, err);
    }
    const body = r.data ?? r.error;
    if (!r.response.ok) throw serverError(r.response, body);
    return { status: r.response.status, body, headers: r.response.headers };
  }
}

export function unreachable(endpoint: string, err: unknown): CliError {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (err as Error).message;
  return new CliError(`cannot reach archgate at ${endpoint} (${why}). Is it running? Start one with: archgate serve`, EXIT.UNREACHABLE);
}

/** "error DLG.0818: The workspace does not exist … (HTTP 400, request id …)" with the exit code of its status. */
export function serverError(res: Response, body: Wire): CliError {
  const code: string | undefined = body?.error_code ?? body?.errors?.[0]?.error_code ?? (body?.error ? String(body.error.code) : undefined);
  const msg: string =
    body?.error_msg ?? body?.errors?.[0]?.error_msg ?? body?.error?.message ?? (typeof body === 'string' ? body : res.statusText);
  const requestId = body?.request_id ?? body?.errors?.[0]?.request_id ?? res.headers.get('x-request-id') ?? undefined;
  let exit: ExitCode = EXIT.PARTIAL;
  if (res.status === 401 || res.status === 403) exit = EXIT.AUTH;
  else if ([400, 404, 405, 409, 413, 414, 415, 422].includes(res.status)) exit = EXIT.USAGE;
  const hint = res.status === 401 ? '\n  your credential was refused: run archgate login (or check the access key)' : '';
  return new CliError(
    `error ${code ?? res.status}: ${msg} (HTTP ${res.status}${requestId ? `, request id ${requestId}` : ''})${hint}`,
    exit,
  );
}

/** Pages through a list route ({total, records}) until every record is read. */
export async function readAll(
  api: Api,
  route: keyof paths,
  query: Record<string, string | number | boolean | undefined>,
  limit: number,
  max = Infinity,
): Promise<Wire[]> {
  const all: Wire[] = [];
  for (let offset = 0; all.length < max; offset += limit) {
    const r = await api.call('GET', route, { query: { ...query, limit, offset } });
    const page: Wire[] = r.body.data.value.records;
    all.push(...page);
    if (page.length < limit) break;
  }
  return all.slice(0, max);
}
