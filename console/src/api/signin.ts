import createClient from 'openapi-fetch';
import type { paths } from '../../../src/client/openapi';
import { unwrap } from './client';
import type { StoredSession } from './session';

export interface Credentials {
  domain: string;
  user: string;
  password: string;
}

/** Where a sign-in's defaults are kept between visits (never the password). */
const REMEMBERED = 'archgate.signin';

export function rememberedSignIn(): Partial<Omit<Credentials, 'password'> & { project: string }> {
  try {
    return JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') as Partial<Omit<Credentials, 'password'> & { project: string }>;
  } catch {
    return {};
  }
}

/** The next sign-in proposes this project: the one last signed in to or switched to. */
export function rememberSignIn(v: { domain: string; user: string; project: string }) {
  localStorage.setItem(REMEMBERED, JSON.stringify({ domain: v.domain, user: v.user, project: v.project }));
}

/**
 * An IAM token scoped to one project (by id or by name), as a session. Used for sign-in and for switching
 * project: a token holds one project, so another project needs another token. Its own client, without the
 * session's middleware, so that a wrong password while switching does not sign the current session out.
 */
export async function requestToken(c: Credentials, project: { id: string } | { name: string }): Promise<StoredSession> {
  const api = createClient<paths>({ baseUrl: window.location.origin });
  const r = await api.POST('/v3/auth/tokens', {
    body: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: c.user, password: c.password, domain: { name: c.domain } } } },
        scope: { project },
      },
    },
  });
  const body = unwrap(r);
  const token = r.response.headers.get('x-subject-token');
  if (!token) throw new Error('no x-subject-token');
  return {
    token,
    expiresAt: body.token.expires_at,
    user: { id: body.token.user.id, name: body.token.user.name, domain: body.token.user.domain.name },
    projectId: body.token.project.id,
    projectName: body.token.project.name,
  };
}
