import type { NotificationInstance } from 'antd/es/notification/interface';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { useMemo } from 'react';
// Type-only: the browser must not load src/client/index.ts, which pulls node:crypto.
import type { paths } from '../../../src/client/openapi';
import { useSessionState } from './session';

export type Api = Client<paths>;

/** The body every archgate error answers with. */
export interface ApiErrorBody {
  error_code: string;
  error_msg: string;
}

/** Thrown by `unwrap` so react-query sees a failure; carries the HTTP status and the server's body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(`${body.error_code}: ${body.error_msg}`);
  }
}

function errorBody(error: unknown, status: number): ApiErrorBody {
  const e = error as (Partial<ApiErrorBody> & { error?: { code?: number; message?: string; title?: string } }) | undefined;
  if (e && typeof e.error_code === 'string') return { error_code: e.error_code, error_msg: String(e.error_msg ?? '') };
  // The IAM routes answer in IAM's own shape, without an error_code.
  if (e?.error && typeof e.error.message === 'string')
    return { error_code: `${e.error.code ?? status} ${e.error.title ?? ''}`.trim(), error_msg: e.error.message };
  return { error_code: `HTTP ${status}`, error_msg: typeof error === 'string' ? error : '' };
}

/** Turns an openapi-fetch result into its data, or throws an ApiError with the server's code and message. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok)
    throw new ApiError(result.response.status, errorBody(result.error, result.response.status));
  return result.data as T;
}

// antd's notification needs its React context (theme, locale): App.tsx hands the instance over here.
let notifications: NotificationInstance | null = null;
export function setNotificationInstance(n: NotificationInstance) {
  notifications = n;
}

/** Shows the server's error_code and error_msg in a notification; anything else as its message. */
export function showApiError(err: unknown) {
  const body = err instanceof ApiError ? err.body : { error_code: 'Error', error_msg: err instanceof Error ? err.message : String(err) };
  notifications?.error({ message: body.error_code, description: body.error_msg, placement: 'topRight', duration: 8 });
}

/** The typed client for archgate's public API, sending the session's token and workspace. */
export function useApi(): Api {
  const { session, workspaceId, signOut } = useSessionState();
  const token = session?.token;
  return useMemo(() => {
    const client = createClient<paths>({ baseUrl: window.location.origin });
    const auth: Middleware = {
      onRequest({ request }) {
        if (token) request.headers.set('x-auth-token', token);
        if (workspaceId && !request.headers.has('workspace')) request.headers.set('workspace', workspaceId);
        return request;
      },
      onResponse({ response }) {
        // A token that expired or was revoked: back to sign-in, saying why.
        if (response.status === 401 && token) signOut('common.sessionExpired');
        return response;
      },
    };
    client.use(auth);
    return client;
  }, [token, workspaceId, signOut]);
}
