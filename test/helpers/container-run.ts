import { randomBytes } from 'node:crypto';
import { freePort } from './embedded-postgres.js';
import type { Podman } from './container-podman.js';

/** An archgate container started from the image, reached from the host. */
export interface Container {
  name: string;
  url: string;
  logs(): Promise<string>;
  /** `podman stop` (SIGTERM), then the main process's exit code. */
  stop(): Promise<number>;
  remove(): Promise<void>;
}

/**
 * `publish`: on the container's own network, its port 8080 published on a loopback port, as users run it
 * (this needs the image's ARCHGATE_HOST=0.0.0.0). `host`: on the host's network, listening on a free port
 * (ARCHGATE_PORT), so that it reaches what listens on the host's loopback, the tests' PostgreSQL.
 */
export async function startContainer(
  podman: Podman,
  image: string,
  o: { network: 'publish' | 'host'; volume: string; env: Record<string, string> },
): Promise<Container> {
  const name = `archgate-test-${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const net = o.network === 'host' ? ['--network=host', '--env', `ARCHGATE_PORT=${port}`] : ['--publish', `127.0.0.1:${port}:8080`];
  const env = Object.entries(o.env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
  await podman.ok(['run', '--detach', '--name', name, ...net, '--volume', `${o.volume}:/app/data`, ...env, image]);
  const logs = async () => {
    const r = await podman.run(['logs', name]);
    return r.stdout + r.stderr;
  };
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    logs,
    stop: async () => {
      await podman.ok(['stop', '--time', '20', name]);
      return Number(await podman.ok(['inspect', '--format', '{{.State.ExitCode}}', name]));
    },
    remove: async () => {
      await podman.run(['rm', '--force', name]);
    },
  };
}

/**
 * Runs the image's HEALTHCHECK (`podman healthcheck run`: its command, inside the container) until it
 * passes. Podman runs the check on a schedule only through systemd timers, absent from containers and CI
 * machines, so the test runs it itself. Fails as soon as the container has exited, and after two minutes.
 */
export async function waitHealthy(podman: Podman, c: Container): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if ((await podman.run(['healthcheck', 'run', c.name])).code === 0) return;
    const running = await podman.run(['inspect', '--format', '{{.State.Running}}', c.name]);
    if (running.stdout.trim() !== 'true' || Date.now() > deadline) {
      throw new Error(`${c.name} did not become healthy (running: ${running.stdout.trim()}):\n${(await c.logs()).slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
