import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The package as users install it: `npm pack` (prepack builds dist/), `npm install -g` of the tarball
 * into a temporary prefix (dependencies come from the registry; better-sqlite3 compiles), then
 * `archgate serve` from another folder, with its data under that folder's ./data, answering /health.
 * The tarball holds compiled JavaScript only: no src/, no tsx needed at run time.
 */
const root = join(import.meta.dirname, '..');

function run(
  cmd: string,
  args: string[],
  o: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number | null; out: string }> {
  const p = spawn(cmd, args, { cwd: o.cwd ?? root, env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  p.stderr.on('data', (b: Buffer) => {
    out += b.toString();
  });
  return new Promise((resolve) => p.once('close', (code) => resolve({ code, out })));
}

describe('the packed archgate command', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'archgate-pack-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('packs compiled JavaScript, installs globally into a prefix, and serves from any folder', async () => {
    const t0 = Date.now();
    // --ignore-scripts=false: the prepack build must run even where npm is configured otherwise.
    const pack = await run('npm', ['pack', '--pack-destination', tmp, '--json', '--ignore-scripts=false']);
    expect(pack.code, pack.out).toBe(0);
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
    const listed = JSON.parse(pack.out.slice(pack.out.indexOf('[')))[0].files.map((f: { path: string }) => f.path) as string[];
    expect(listed).toContain('bin/archgate.js');
    expect(listed).toContain('dist/cli/main.js');
    expect(listed).toContain('dist/main.js');
    expect(listed.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    const packed = Date.now();

    const prefix = join(tmp, 'prefix');
    const install = await run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(tmp, tarball)]);
    expect(install.code, install.out).toBe(0);
    const installed = Date.now();
    const bin = join(prefix, 'bin', 'archgate');
    expect(existsSync(bin)).toBe(true);

    const elsewhere = mkdtempSync(join(tmp, 'cwd-'));
    const env: NodeJS.ProcessEnv = { ...process.env, ARCHGATE_ADMIN_PASSWORD: 'pack-test-password', ARCHGATE_LOG_LEVEL: 'warn' };
    for (const k of ['ARCHGATE_DB', 'ARCHGATE_PORT', 'ARCHGATE_SECRET_KEY']) delete env[k];
    const help = await run(bin, ['--help'], { cwd: elsewhere, env });
    expect(help.code, help.out).toBe(0);
    expect(help.out).toMatch(/Exit codes:/);

    const server = spawn(bin, ['serve', '--port', '0'], { cwd: elsewhere, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    server.stderr.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const exited = new Promise<number | null>((r) => server.once('exit', (c) => r(c)));
    try {
      const deadline = Date.now() + 30_000;
      while (!/API docs:/.test(out) && Date.now() < deadline && server.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      expect(out).toMatch(/store:\s+sqlite:\.\/data\/archgate\.db/);
      const url = /listening on (\S+)/.exec(out)![1]!;
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(existsSync(join(elsewhere, 'data', 'archgate.db'))).toBe(true);
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    console.log(`npm pack ${packed - t0} ms, npm install -g ${installed - packed} ms, serve ${Date.now() - installed} ms`);
  }, 600_000);
});
