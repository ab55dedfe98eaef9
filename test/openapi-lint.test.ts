import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * The live OpenAPI document (GET /docs/json of a started archgate) against Redocly's linter with the
 * repository's redocly.yaml (recommended-strict: any problem fails), and its security requirements
 * against what the routes really demand.
 */
describe('the OpenAPI document, linted and its security checked', () => {
  let s: TestServer;
  let doc: Record<string, any>;
  let dir: string;
  beforeAll(async () => {
    s = await startServer('sqlite');
    doc = (await s.call('GET', '/docs/json', { token: null, workspace: null })).body;
    dir = mkdtempSync(join(tmpdir(), 'archgate-openapi-'));
  });
  afterAll(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const operations = () =>
    Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method] })),
    );
  /** The operation called with every path parameter filled in, a body where the method takes one. */
  const callOf = (method: string, path: string, opts: { token?: null; workspace?: null }) =>
    s.call(
      method.toUpperCase(),
      path
        .replace('{project_id}', s.projectId)
        .replace('{workspace_id}', s.workspaceId)
        .replace(/\{[^}]+\}/g, '1'),
      {
        ...opts,
        ...(method === 'post' || method === 'put' ? { body: {} } : {}),
      },
    );

  it('passes `redocly lint` with no error and no warning', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    // Run in the repository, where redocly.yaml is; execFile rejects on a non-zero exit, with the output.
    const { stdout, stderr } = await run(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'lint', file], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const out = `${stdout}\n${stderr}`;
    expect(out).toContain('Your API description is valid');
    expect(out).not.toMatch(/\d+ (error|warning)s?\b/);
    expect(out).not.toContain('No configurations were provided');
  }, 60_000);

  it('names a server and the three security schemes', () => {
    expect(doc.servers).toEqual([{ url: '/', description: 'this archgate' }]);
    const schemes = doc.components.securitySchemes;
    expect(schemes.token).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-auth-token' });
    expect(schemes.aksk).toMatchObject({ type: 'apiKey', in: 'header', name: 'authorization' });
    expect(schemes.aksk.description).toContain('SDK-HMAC-SHA256');
    expect(schemes.aksk.description).toContain('X-Sdk-Date');
    expect(schemes.workspace).toMatchObject({ type: 'apiKey', in: 'header', name: 'workspace' });
  });

  it('gives every operation its security: token or AK/SK, plus the workspace on design routes, none for the token request and health', () => {
    const design = [
      { token: [], workspace: [] },
      { aksk: [], workspace: [] },
    ];
    const authenticated = [{ token: [] }, { aksk: [] }];
    const seen = { design: 0, authenticated: 0, open: 0 };
    for (const { method, path, op } of operations()) {
      const where = `${method} ${path}`;
      expect([design, authenticated, []], where).toContainEqual(op.security);
      const headers = (op.parameters ?? []).filter((p: any) => p.in === 'header').map((p: any) => p.name);
      // A scheme's header is not a parameter as well: Authorize sets it, no form field asks for it.
      expect(headers, where).not.toContain('workspace');
      expect(headers, where).not.toContain('x-auth-token');
      if ((method === 'post' && path === '/v3/auth/tokens') || path.startsWith('/health')) expect(op.security, where).toEqual([]);
      if (path.includes('/design/')) expect(op.security, where).toEqual(design);
      if (op.security.length === 0) seen.open++;
      else if (op.security.length === 2 && 'workspace' in op.security[0]) seen.design++;
      else seen.authenticated++;
    }
    expect(seen.open).toBeGreaterThanOrEqual(1);
    expect(seen.design).toBeGreaterThan(30);
    expect(seen.authenticated).toBeGreaterThan(15);
  });

  it('matches what the routes do: 401 without a credential exactly where security asks for one', async () => {
    for (const { method, path, op } of operations()) {
      const r = await callOf(method, path, { token: null, workspace: null });
      expect(r.status === 401, `${method} ${path} answered ${r.status}`).toBe(op.security.length > 0);
    }
  });

  it('matches what the routes do: 400 DLG.0818 for a token without a workspace exactly where security asks for the workspace', async () => {
    for (const { method, path, op } of operations()) {
      if (op.security.length === 0) continue;
      const r = await callOf(method, path, { workspace: null });
      const refused = r.status === 400 && r.body?.error_code === 'DLG.0818';
      const wants = op.security.every((alt: Record<string, unknown>) => 'workspace' in alt);
      expect(refused, `${method} ${path} answered ${r.status} ${JSON.stringify(r.body)?.slice(0, 200)}`).toBe(wants);
    }
  });
});
