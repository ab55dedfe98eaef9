import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * podman, run from the tests with the configuration that works on this machine. Debian's podman defaults
 * to crun and systemd's cgroup manager; on a machine without systemd, or where the cgroup hierarchy is
 * hybrid, crun cannot set the default open-file limit and no container starts. The fallback configuration
 * below (runc, cgroupfs, no default ulimits) is what runs there. Containers use the host's network: a
 * build needs the package mirrors, and the container's port needs no forwarding rules.
 */

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Podman {
  /** The environment podman runs with: the caller's, plus CONTAINERS_CONF when the fallback was needed. */
  env: NodeJS.ProcessEnv;
  run(args: string[], opts?: { timeoutMs?: number }): Promise<Result>;
  /** As run, but throws with podman's output when it fails. */
  ok(args: string[], opts?: { timeoutMs?: number }): Promise<string>;
}

const FALLBACK_CONF = (runtime: string | null) =>
  [
    '[containers]',
    'default_ulimits = []',
    '[engine]',
    'cgroup_manager = "cgroupfs"',
    ...(runtime ? [`runtime = "${runtime}"`] : []),
    '',
  ].join('\n');

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function podmanWith(env: NodeJS.ProcessEnv): Podman {
  const run = (args: string[], opts: { timeoutMs?: number } = {}) =>
    new Promise<Result>((resolve, reject) => {
      const child = spawn('podman', args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: opts.timeoutMs ?? 120_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => {
        stdout += b.toString();
      });
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
      });
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
    });
  const ok = async (args: string[], opts?: { timeoutMs?: number }) => {
    const r = await run(args, opts);
    if (r.code !== 0) throw new Error(`podman ${args.join(' ')} exited ${r.code}:\n${(r.stdout + r.stderr).slice(-4000)}`);
    return r.stdout.trim();
  };
  return { env, run, ok };
}

/**
 * A root file system holding /bin/true and the libraries it loads: enough to start a container without any
 * image, where no registry is reachable. Podman adds its mount points to the folder, so it is made afresh.
 */
function trueRootfs(): string {
  const root = mkdtempSync(join(tmpdir(), 'archgate-probe-'));
  const ldd = spawnSync('ldd', ['/bin/true'], { encoding: 'utf8' });
  const libs = [...(ldd.stdout ?? '').matchAll(/(\/\S+)/g)].map((m) => m[1]!);
  for (const file of ['/bin/true', ...libs]) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    copyFileSync(file, join(root, file));
  }
  return root;
}

/**
 * The podman that can start a container here, or why there is none: tried as configured first, then with
 * the fallback configuration. Never throws.
 */
export async function findPodman(): Promise<{ podman: Podman } | { reason: string }> {
  if (!onPath('podman')) return { reason: 'podman is not installed (Debian: apt-get install podman runc)' };
  const fallback = join(tmpdir(), `archgate-test-containers-${process.getuid?.() ?? 0}.conf`);
  writeFileSync(fallback, FALLBACK_CONF(onPath('runc') ? 'runc' : null));
  const candidates = process.env.CONTAINERS_CONF ? [process.env] : [process.env, { ...process.env, CONTAINERS_CONF: fallback }];
  const failures: string[] = [];
  for (const env of candidates) {
    const podman = podmanWith(env);
    const root = trueRootfs();
    try {
      const r = await podman.run(['run', '--rm', '--network=host', '--rootfs', root, '/bin/true'], { timeoutMs: 60_000 });
      if (r.code === 0) return { podman };
      failures.push(`${env.CONTAINERS_CONF ? `with ${env.CONTAINERS_CONF}` : 'as configured'}: ${r.stderr.trim().split('\n').pop()}`);
    } catch (err) {
      failures.push(String(err));
    } finally {
      try {
        rmSync(root, { recursive: true, force: true });
      } catch {
        // Rootless podman leaves mount points owned by another uid: a stray folder in the temp folder.
      }
    }
  }
  return { reason: `podman cannot start a container here (${failures.join('; ')})` };
}
