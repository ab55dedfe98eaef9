import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handSign, send } from './helpers/aksk.js';
import { baseImageUnavailable, ensureBaseImage } from './helpers/container-base.js';
import { findPodman } from './helpers/container-podman.js';
import { type Container, startContainer, waitHealthy } from './helpers/container-run.js';
import { ENGINES, freshDbUrl, type TestServer } from './helpers/server.js';

// The Dockerfile at the repository root, built from this working tree and run with podman. The first
// build on a machine takes minutes (the base image, apt, better-sqlite3's compile, the console); podman
// keeps every layer, so a later run rebuilds only what changed. Skipped, saying why, where podman cannot
// start a container; .ci/run installs what CI needs.

const IMAGE = 'localhost/archgate-test:latest';
const REPO = fileURLToPath(new URL('..', import.meta.url));
const PASSWORD = 'archgate-container-password';
const PROJECT = 'c0000000000000000000000000000001';
const WORKSPACE = 'c0000000000000000000000000000002';

const found = await findPodman();
const podman = 'podman' in found ? found.podman : undefined;
const skipped = 'reason' in found ? found.reason : baseImageUnavailable();
if (skipped) console.warn(`test/container.test.ts is skipped: ${skipped}`);

async function call(url: string, method: string, path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = { workspace: WORKSPACE };
  if (token) headers['x-auth-token'] = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function login(url: string): Promise<{ token: string; userId: string }> {
  const r = await call(url, 'POST', '/v3/auth/tokens', null, {
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'admin', password: PASSWORD, domain: { name: 'archgate' } } } },
      scope: { project: { name: 'archgate' } },
    },
  });
  expect(r.status).toBe(201);
  expect(r.body.token.project.id).toBe(PROJECT);
  return { token: r.headers.get('x-subject-token')!, userId: r.body.token.user.id };
}

describe.skipIf(skipped !== null)(`the Dockerfile, built and run with podman${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  beforeAll(async () => {
    const base = await ensureBaseImage(podman!);
    // The docker format: the OCI image format has no HEALTHCHECK, and podman drops it with a warning.
    await podman!.ok(['build', '--format', 'docker', '--network=host', '--build-arg', `BASE=${base}`, '--tag', IMAGE, REPO], {
      timeoutMs: 25 * 60_000,
    });
  }, 30 * 60_000);

  it('keeps its HEALTHCHECK and declares a non-root user, the data volume and the port', async () => {
    const [image] = JSON.parse(await podman!.ok(['image', 'inspect', IMAGE]));
    expect(image.Healthcheck.Test.join(' ')).toContain("'/health/ready'");
    const config = image.Config;
    expect(config.User).toBe('10001:10001');
    expect(Object.keys(config.Volumes)).toEqual(['/app/data']);
    expect(Object.keys(config.ExposedPorts)).toEqual(['8080/tcp']);
    expect(config.Env).toContain('ARCHGATE_HOST=0.0.0.0');
  });

  describe.each(ENGINES)('on %s', (engine) => {
    const volume = `archgate-test-${randomBytes(4).toString('hex')}`;
    const started: Container[] = [];
    // The tests' PostgreSQL listens on the host's loopback, which only the host's network reaches.
    const network = engine === 'postgres' ? 'host' : 'publish';

    afterAll(async () => {
      for (const c of started) await c.remove();
      await podman!.run(['volume', 'rm', '--force', volume]);
    });

    it('becomes healthy, serves the API and the console as a non-root user, stops cleanly, and a new container on the volume opens what the first sealed', async () => {
      const env = {
        ARCHGATE_ADMIN_PASSWORD: PASSWORD,
        ARCHGATE_PROJECT_ID: PROJECT,
        ARCHGATE_WORKSPACE_ID: WORKSPACE,
        ...(engine === 'postgres' ? { ARCHGATE_DB: await freshDbUrl('postgres') } : {}),
      };
      const first = await startContainer(podman!, IMAGE, { network, volume, env });
      started.push(first);
      await waitHealthy(podman!, first);
      expect(await podman!.ok(['exec', first.name, 'id', '-u'])).toBe('10001');

      const { token, userId } = await login(first.url);
      const created = await call(first.url, 'POST', `/archgate/v1/${PROJECT}/objects`, token, {
        objects: [{ biz_type: 'TABLE_MODEL', name_en: 'kept_by_the_volume' }],
      });
      expect(created.status).toBe(200);
      const id: string = created.body.data.value.records[0].id;
      // An access key's secret is stored sealed under the key file the volume holds (SQLite and PostgreSQL alike).
      const key = await call(first.url, 'POST', '/v3.0/OS-CREDENTIAL/credentials', token, {
        credential: { user_id: userId, description: 'container' },
      });
      expect(key.status).toBe(201);
      const page = await fetch(`${first.url}/console/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      // PID 1 is node itself: SIGTERM reaches src/main.ts, which finishes and exits 0.
      expect(await first.stop()).toBe(0);

      const second = await startContainer(podman!, IMAGE, { network, volume, env });
      started.push(second);
      // A sealing key lost with the container would refuse this start (SecretKeyError).
      await waitHealthy(podman!, second);
      const at = { url: second.url, projectId: PROJECT, workspaceId: WORKSPACE } as TestServer;
      const path = `/archgate/v1/${PROJECT}/objects/${id}`;
      const read = await send(
        at,
        handSign(at, { access: key.body.credential.access, secret: key.body.credential.secret }, 'GET', path, undefined),
      );
      expect(read.status).toBe(200);
      expect(read.body.data.value.name_en).toBe('kept_by_the_volume');
      expect(await second.stop()).toBe(0);
    }, 300_000);
  });
});
