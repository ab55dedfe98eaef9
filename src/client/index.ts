import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './openapi.js';
import { signRequest, type AccessKeyCredentials } from './sign.js';

export type { paths, components, operations } from './openapi.js';
export type { AccessKeyCredentials } from './sign.js';

/** An IAM token (from POST /v3/auth/tokens), or an access key that signs every request. */
export type Credentials = { token: string } | AccessKeyCredentials;

export interface ClientOptions {
  /** archgate's (or the cloud's) base URL, e.g. http://127.0.0.1:8080. */
  endpoint: string;
  credentials?: Credentials;
  /**
   * The `workspace` header of design routes, sent on every call that does not set its own. The document
   * states it as a security scheme (set once, as Swagger UI's Authorize does), so it is not a parameter.
   */
  workspace?: string;
}

export type ArchgateClient = Client<paths>;

/**
 * The typed client of archgate's HTTP API, for the console, the CLI and the tests: its paths, parameters
 * and bodies come from archgate's own OpenAPI document (src/client/openapi.ts, generated), so no wire
 * shape is typed a second time.
 */
export function createArchgateClient(o: ClientOptions): ArchgateClient {
  const client = createClient<paths>({ baseUrl: o.endpoint.replace(/\/+$/, '') });
  const credentials: Middleware = {
    async onRequest({ request }) {
      if (o.workspace && !request.headers.has('workspace')) request.headers.set('workspace', o.workspace);
      const c = o.credentials;
      if (!c) return request;
      if ('token' in c) {
        request.headers.set('x-auth-token', c.token);
        return request;
      }
      // The call's own headers (workspace, Idempotency-Key, …) are already set, so they are signed too.
      return signRequest(request, c);
    },
  };
  client.use(credentials);
  return client;
}
