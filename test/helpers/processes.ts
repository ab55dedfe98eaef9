import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDbUrl, type Engine } from './server.js';

/**
 * Real archgate processes for multi-process tests: `src/main.ts` run by Node with tsx's loader (the same
 * code `npm start` runs compiled; test/process-start.test.ts runs `npm start` itself, so these tests need no
 * build). The loader is imported into the server process itself (`node --import tsx`)
 * instead of going through the `tsx` command, which runs the server as a child of its own: a SIGKILL
 * sent to that wrapper would leave the real server running, and the tests here kill and signal the
 * server itself.
 */

export const PROCESS_PASSWORD = 'archgate-process-password';

export interface Running {
  proc: ChildProcess;
  pid: number;
  url: string;
  projectId: string;
  workspaceId: string;
  workerId: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<number | null>;
}

const live = new Set<ChildProcess>();

// Last resort: a test runner that dies leaves no archgate behind.
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});

/** How a test process runs the server: src/ through tsx, or a command line given whole (e.g. npm start's). */
const TSX_SERVER: readonly string[] = [process.execPath, '--import', 'tsx', 'src/main.ts'];

function spawnArchgate(env: Record<string, string>, command: readonly string[] = TSX_SERVER) {
  const [cmd, ...args] = command;
  const proc = spawn(cmd!, args, {
    env: {
      ...process.env,
      ARCHGATE_PORT: '0',
      ARCHGATE_HOST: '127.0.0.1',
      ARCHGATE_LOG_LEVEL: 'warn',
      ARCHGATE_ADMIN_PASSWORD: PROCESS_PASSWORD,
      ARCHGATE_RATE_LIMIT_QUERY: '0',
      ARCHGATE_RATE_LIMIT_WRITE: '0',
      // Nodes sharing a store share the sealing key; set, no key file is written into ./data.
      ARCHGATE_SECRET_KEY: 'archgate-process-tests-sealing-key',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(proc);
  let out = '';
  proc.stdout!.on('data', (b: Buffer) => {
    out += b.toString();
  });
  proc.stderr!.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      live.delete(proc);
      resolve(code);
    }),
  );
  return { proc, exited, output: () => out };
}

/** Starts archgate and waits (at most `timeoutMs`) for its banner; a process that does not start is killed. */
export async function launch(env: Record<string, string>, timeoutMs = 30_000, command?: readonly string[]): Promise<Running> {
  const { proc, exited, output } = spawnArchgate(env, command);
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!/API docs:/.test(output())) {
    if (done || Date.now() > deadline) {
      proc.kill('SIGKILL');
      await exited;
      throw new Error(`archgate did not start:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const text = output();
  const field = (label: string) => new RegExp(`${label}:\\s+(\\S+)`).exec(text)![1]!;
  return {
    proc,
    pid: proc.pid!,
    url: /listening on (\S+)/.exec(text)![1]!,
    projectId: field('project id'),
    workspaceId: field('workspace id'),
    workerId: Number(field('worker id')),
    output,
    exited,
  };
}

/** Starts archgate expecting it to refuse to start: answers its exit code and output. */
export async function launchFailing(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const { proc, exited, output } = spawnArchgate(env);
  const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}

/** Sends `signal` and waits for the exit (SIGKILL after `timeoutMs`); answers the exit code. */
export async function stop(r: Running, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<number | null> {
  if (r.proc.exitCode !== null || r.proc.signalCode !== null) return r.exited;
  r.proc.kill(signal);
  const timer = setTimeout(() => r.proc.kill('SIGKILL'), timeoutMs);
  const code = await r.exited;
  clearTimeout(timer);
  return code;
}

/** Kills every archgate this module started that is still running (for afterAll and finally blocks). */
export async function killAll(): Promise<void> {
  const waits = [...live].map(
    (p) =>
      new Promise<void>((resolve) => {
        if (p.exitCode !== null || p.signalCode !== null) return resolve();
        p.once('exit', () => resolve());
        p.kill('SIGKILL');
      }),
  );
  await Promise.all(waits);
}

/** A fresh store for spawned processes: a new PostgreSQL database, or a SQLite file in a new folder. */
export async function processDbUrl(engine: Engine, prefix: string): Promise<string> {
  if (engine === 'sqlite') return `sqlite:${join(mkdtempSync(join(tmpdir(), `${prefix}-`)), 'archgate.db')}`;
  return freshDbUrl(engine);
}

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface Client {
  node: Running;
  token: string;
  adminId: string;
  /** `path` may hold `{p}`, replaced by the project id. */
  call<T = any>(
    method: string,
    path: string,
    opts?: { body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<Answer<T>>;
}

/** Calls one node with the admin's credentials. */
export function clientOf(node: Running, token: string, adminId: string): Client {
  return {
    node,
    token,
    adminId,
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { 'x-auth-token': token, workspace: node.workspaceId, ...(opts.headers ?? {}) };
      const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(node.url + path.replace('{p}', node.projectId), { method, headers, body });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: res.status, headers: res.headers, text, body: parsed as any };
    },
  };
}

/** Logs the admin in on a node (tokens live in the store, so any node of the store accepts it). */
export async function adminClient(node: Running, password = PROCESS_PASSWORD): Promise<Client> {
  const res = await fetch(`${node.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'admin', password, domain: { name: 'archgate' } } } },
        scope: { project: { id: node.projectId } },
      },
    }),
  });
  const body = (await res.json()) as { token: { user: { id: string } } };
  if (res.status !== 201) throw new Error(`login failed: ${res.status} ${JSON.stringify(body)}`);
  return clientOf(node, res.headers.get('x-subject-token')!, body.token.user.id);
}

/** A loopback port some other program holds, for starts that must find their port taken. */
export async function occupiedPort(): Promise<{ port: number; release(): Promise<void> }> {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  return {
    port: (holder.address() as AddressInfo).port,
    release: () => new Promise<void>((resolve) => holder.close(() => resolve())),
  };
}

/** The admin password a start-up banner shows, if it shows one. */
export function bannerPassword(output: string): string | undefined {
  return /password:\s+(\S+)/.exec(output)?.[1];
}
