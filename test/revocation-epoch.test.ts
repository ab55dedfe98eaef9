import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handSign, send, type Key } from './helpers/aksk.js';
import { buildCli, runCli, tempHome } from './helpers/cli.js';
import { adminClient, killAll, launch, processDbUrl, type Client, type Running } from './helpers/processes.js';
import { ENGINES, USER_PASSWORD, type TestServer } from './helpers/server.js';

/**
 * Nodes answer authentication, workspace and role checks from memory; a revocation made through one node
 * (or the CLI, straight into the store) must stop the credential on every other node within a second,
 * and at once on the node that made it. Two real processes share one store (a PostgreSQL database, a
 * SQLite file).
 */

const NEW_PASSWORD = 'Changed-pass-456';
const DEADLINE_MS = 1000;
const CLI = 'a password reset by the CLI, straight into the store';

interface Subject {
  /** The status node `n` answers the subject's credential now. */
  probe(n: Running): Promise<number>;
  /** The status that means refused. */
  refused: number;
  /** Makes the change (through node A or the CLI); resolves once it is answered. */
  revoke(): Promise<void>;
}

describe.each(ENGINES)('revocation epoch: two nodes on one %s store', (engine) => {
  let a: Running;
  let b: Running;
  let admin: Client;
  let db: string;
  let main: string;
  let n = 0;

  beforeAll(async () => {
    main = buildCli();
    db = await processDbUrl(engine, 'archgate-revocation');
    a = await launch({ ARCHGATE_DB: db });
    b = await launch({ ARCHGATE_DB: db });
    admin = await adminClient(a);
  }, 240_000);
  afterAll(() => killAll());

  const json = (o: unknown) => ({ body: o });
  const call = (node: Running, method: string, path: string, token: string, body?: unknown) =>
    fetch(node.url + path.replace('{p}', node.projectId), {
      method,
      headers: { 'x-auth-token': token, workspace: node.workspaceId, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const read = (node: Running, token: string) => call(node, 'GET', '/archgate/v1/{p}/objects?limit=1', token).then((r) => r.status);

  /** A new user of the workspace with `role`, and a token of theirs issued by node A. */
  async function member(role: string) {
    const name = `revoked-${engine}-${++n}`;
    const u = await admin.call('POST', '/v3.0/OS-USER/users', json({ user: { name, password: USER_PASSWORD } }));
    expect(u.status).toBe(201);
    const id: string = u.body.user.id;
    const m = await admin.call('PUT', `/archgate/v1/{p}/workspaces/${a.workspaceId}/members/${id}`, json({ role }));
    expect(m.status).toBe(200);
    const login = await fetch(`${a.url}/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name, password: USER_PASSWORD, domain: { name: 'archgate' } } } },
          scope: { project: { id: a.projectId } },
        },
      }),
    });
    expect(login.status).toBe(201);
    return { id, name, token: login.headers.get('x-subject-token')! };
  }

  const tokenSubject = (token: string, revoke: () => Promise<void>): Subject => ({
    probe: (node) => read(node, token),
    refused: 401,
    revoke,
  });

  const KINDS: Record<string, () => Promise<Subject>> = {
    'a password changed by its user': async () => {
      const u = await member('developer');
      return tokenSubject(u.token, async () => {
        const r = await call(a, 'POST', `/v3/users/${u.id}/password`, u.token, {
          user: { original_password: USER_PASSWORD, password: NEW_PASSWORD },
        });
        expect(r.status).toBe(204);
      });
    },
    'a password reset by an administrator': async () => {
      const u = await member('developer');
      return tokenSubject(u.token, async () => {
        expect((await admin.call('PUT', `/v3.0/OS-USER/users/${u.id}`, json({ user: { password: NEW_PASSWORD } }))).status).toBe(200);
      });
    },
    [CLI]: async () => {
      const u = await member('developer');
      return tokenSubject(u.token, async () => {
        const r = await runCli(main, ['admin', 'reset-password', u.name, '--password-stdin', '--db', db], {
          home: tempHome(),
          input: NEW_PASSWORD,
        });
        expect(r.code, r.stderr).toBe(0);
      });
    },
    'a deleted user': async () => {
      const u = await member('developer');
      return tokenSubject(u.token, async () => {
        expect((await admin.call('DELETE', `/v3/users/${u.id}`)).status).toBe(204);
      });
    },
    'a removed member': async () => {
      const u = await member('developer');
      return {
        probe: (node) => read(node, u.token),
        refused: 403,
        revoke: async () => {
          expect((await admin.call('DELETE', `/archgate/v1/{p}/workspaces/${a.workspaceId}/members/${u.id}`)).status).toBe(200);
        },
      };
    },
    'a role lowered from developer to viewer': async () => {
      const u = await member('developer');
      // A developer passes the permission check and fails validation (400); a viewer is refused first.
      return {
        probe: (node) => call(node, 'POST', '/v2/{p}/design/approvals/batch-offline', u.token, {}).then((r) => r.status),
        refused: 403,
        revoke: async () => {
          expect(
            (await admin.call('PUT', `/archgate/v1/{p}/workspaces/${a.workspaceId}/members/${u.id}`, json({ role: 'viewer' }))).status,
          ).toBe(200);
        },
      };
    },
    'a deleted access key': async () => {
      const u = await member('developer');
      const k = await admin.call(
        'POST',
        '/v3.0/OS-CREDENTIAL/credentials',
        json({ credential: { user_id: u.id, description: 'revoked' } }),
      );
      expect(k.status).toBe(201);
      const key: Key = { access: k.body.credential.access, secret: k.body.credential.secret };
      const path = (node: Running) => `/archgate/v1/${node.projectId}/objects?limit=1`;
      return {
        probe: async (node) => {
          const target = { url: node.url, projectId: node.projectId, workspaceId: node.workspaceId } as TestServer;
          return (await send(target, handSign(target, key, 'GET', path(node), undefined))).status;
        },
        refused: 401,
        revoke: async () => {
          expect((await admin.call('DELETE', `/v3.0/OS-CREDENTIAL/credentials/${key.access}`)).status).toBe(204);
        },
      };
    },
  };

  it.each(Object.keys(KINDS))('%s: refused by the other node within 1 s, at once by the node that made it, and for good', async (kind) => {
    const s = await KINDS[kind]!();
    // Twice: the first fills node B's memory, the second is answered from it.
    for (let i = 0; i < 2; i++) expect(await s.probe(b)).not.toBe(s.refused);
    expect(await s.probe(a)).not.toBe(s.refused);
    await s.revoke();
    if (kind !== CLI) expect(await s.probe(a)).toBe(s.refused);
    // The CLI is a third process: for it, node A is one more node that must notice within the second.
    for (const node of kind === CLI ? [b, a] : [b]) {
      const start = performance.now();
      let status = await s.probe(node);
      while (status !== s.refused && performance.now() - start < 5 * DEADLINE_MS) status = await s.probe(node);
      const elapsed = performance.now() - start;
      expect(status).toBe(s.refused);
      expect(elapsed).toBeLessThan(DEADLINE_MS);
    }
    for (let i = 0; i < 5; i++) {
      expect(await s.probe(b)).toBe(s.refused);
      expect(await s.probe(a)).toBe(s.refused);
    }
  });

  /** Node B's cache counters, from its /metrics. */
  async function counters() {
    const text = await (await fetch(`${b.url}/metrics`)).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    return { hits: value('archgate_auth_cache_hits_total'), misses: value('archgate_auth_cache_misses_total') };
  }

  it('a credential nobody revoked is answered from memory, across changes that revoke nothing and revocations of someone else', async () => {
    const kept = await member('developer');
    expect(await read(b, kept.token)).toBe(200);
    const before = await counters();
    // Changes that revoke nothing: a new user, a membership, a login, a key.
    const other = await member('viewer');
    expect(
      (await admin.call('POST', '/v3.0/OS-CREDENTIAL/credentials', json({ credential: { user_id: other.id, description: 'x' } }))).status,
    ).toBe(201);
    for (let i = 0; i < 10; i++) expect(await read(b, kept.token)).toBe(200);
    const calm = await counters();
    // A token and a workspace check per request, both from memory.
    // (A little slack: a node whose poll falls behind on a busy machine reads the store until it catches up.)
    expect(calm.hits - before.hits).toBeGreaterThanOrEqual(16);
    expect(calm.misses - before.misses).toBeLessThanOrEqual(4);
    // Someone else's revocation empties the memory once; the credential keeps working and is remembered again.
    expect((await admin.call('DELETE', `/v3/users/${other.id}`)).status).toBe(204);
    for (let i = 0; i < 10; i++) expect(await read(b, kept.token)).toBe(200);
    const after = await counters();
    expect(after.hits - calm.hits).toBeGreaterThanOrEqual(10);
  });
});
