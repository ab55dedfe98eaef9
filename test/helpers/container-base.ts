import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Podman } from './container-podman.js';

/**
 * The image the Dockerfile is built FROM in the tests, made without any image registry (none is reachable
 * from CI): Debian bookworm, minbase like node's -slim images, from the Debian mirror by mmdebstrap, with
 * the Node.js that runs the tests copied in where node's images keep it (/usr/local). Also copied: its
 * headers, since better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded and
 * node-gyp would otherwise fetch them from nodejs.org; and the host's CA certificates, so that npm in the
 * build trusts what the host trusts (a TLS-inspecting proxy's certificate, for one).
 *
 * Kept in podman's storage under a tag that names its inputs: later runs reuse it.
 */

const RECIPE = 1;
const MIRROR = process.env.ARCHGATE_TEST_DEBIAN_MIRROR || 'http://deb.debian.org/debian';

function quote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** Why no base image can be made here, or null. */
export function baseImageUnavailable(): string | null {
  if (spawnSync('sh', ['-c', 'command -v mmdebstrap'], { stdio: 'ignore' }).status !== 0) {
    return 'mmdebstrap is not installed (Debian: apt-get install mmdebstrap); it makes the base image without a registry';
  }
  const prefix = nodePrefix();
  for (const need of [join(prefix, 'lib', 'node_modules', 'npm'), join(prefix, 'include', 'node')]) {
    if (!existsSync(need)) return `this Node.js has no ${need} to copy into the base image`;
  }
  return null;
}

function nodePrefix(): string {
  return dirname(dirname(realpathSync(process.execPath)));
}

function caBundle(): string {
  const files = [process.env.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt'].filter((f): f is string => !!f && existsSync(f));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

function customizeHook(prefix: string, caFile: string): string {
  return [
    'set -e',
    'root="$1"',
    'mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules" "$root/usr/local/include" "$root/usr/local/share"',
    `cp ${quote(process.execPath)} "$root/usr/local/bin/node"`,
    `cp -a ${quote(join(prefix, 'lib', 'node_modules', 'npm'))} "$root/usr/local/lib/node_modules/npm"`,
    `cp -a ${quote(join(prefix, 'include', 'node'))} "$root/usr/local/include/node"`,
    'ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"',
    'ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"',
    `cp ${quote(caFile)} "$root/usr/local/share/host-ca-certificates.crt"`,
    'rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin',
    '',
  ].join('\n');
}

function runTool(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}:\n${out.slice(-4000)}`))));
  });
}

/** The base image's tag, made first when podman's storage does not hold it yet. */
export async function ensureBaseImage(podman: Podman): Promise<string> {
  const prefix = nodePrefix();
  const ca = caBundle();
  const key = createHash('sha256')
    .update(JSON.stringify({ RECIPE, MIRROR, node: process.version, execPath: process.execPath, hook: customizeHook(prefix, '') }))
    .update(ca)
    .digest('hex')
    .slice(0, 16);
  const tag = `localhost/archgate-test-base:${key}`;
  if ((await podman.run(['image', 'exists', tag])).code === 0) return tag;

  const work = mkdtempSync(join(tmpdir(), 'archgate-base-'));
  try {
    const caFile = join(work, 'ca.crt');
    writeFileSync(caFile, ca);
    const hook = join(work, 'hook.sh');
    writeFileSync(hook, customizeHook(prefix, caFile), { mode: 0o755 });
    const tar = join(work, 'rootfs.tar');
    await runTool('mmdebstrap', ['--variant=minbase', '--quiet', `--customize-hook=${quote(hook)} "$1"`, 'bookworm', tar, MIRROR], 600_000);
    await podman.ok(
      [
        'import',
        '--change',
        'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/host-ca-certificates.crt',
        '--change',
        'ENV npm_config_nodedir=/usr/local',
        '--change',
        'CMD ["node"]',
        tar,
        tag,
      ],
      { timeoutMs: 300_000 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return tag;
}
