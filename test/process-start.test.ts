import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../scripts/build-server.mjs';
import { ENGINES } from './helpers/server.js';
import { killAll, launch, occupiedPort, processDbUrl, stop } from './helpers/processes.js';

/**
 * archgate as an operator runs it: `npm start` stopped with a signal, and starts that cannot succeed.
 * Linux only (it reads /proc), as CI is.
 */

const ROOT = join(import.meta.dirname, '..');
const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  folders.push(dir);
  return dir;
};
afterAll(async () => {
  await killAll();
  for (const d of folders) rmSync(d, { recursive: true, force: true });
});

/** A loopback port nothing listens on (held for a moment, then let go). */
async function freePort(): Promise<number> {
  const held = await occupiedPort();
  await held.release();
  return held.port;
}

/** True once something may listen on `port` again: archgate has let it go. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The live (not zombie) processes of a process group, with their parent and command line. */
function groupMembers(pgid: number): { pid: number; ppid: number; cmd: string }[] {
  const out: { pid: number; ppid: number; cmd: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses, so split after its last ')'.
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid || state === 'Z') continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: Number(name), ppid: Number(ppid), cmd });
    } catch {
      // Gone while we looked.
    }
  }
  return out;
}

const until = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
};

describe('npm start', () => {
  it('stops on a SIGTERM sent to the npm process: the server gets it, frees the port within 10 s, and no process remains', async () => {
    const port = await freePort();
    const dir = tempFolder('ag-npm-start');
    // --ignore-scripts skips only prestart (scripts/ensure-deps.mjs, which `npm test` has just run): were
    // node_modules stale, it would reinstall them under the running suite. Its other step, compiling the
    // server to build/, is done here as it would do it (a fresh clone has no build/).
    ensureServerBuilt({ log: () => {} });
    const npm: ChildProcess = spawn('npm', ['start', '--ignore-scripts'], {
      cwd: ROOT,
      // A process group of its own, as a terminal gives it, so that whatever it leaves can be found.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ARCHGATE_PORT: String(port),
        ARCHGATE_HOST: '127.0.0.1',
        ARCHGATE_DB: `sqlite:${join(dir, 'archgate.db')}`,
        ARCHGATE_ADMIN_PASSWORD: 'archgate-npm-start-1A',
        ARCHGATE_SECRET_KEY: 'archgate-npm-start-key',
        ARCHGATE_LOG_LEVEL: 'info',
      },
    });
    const pgid = npm.pid!;
    let out = '';
    npm.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
    });
    npm.stderr!.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      npm.once('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      expect(await until(() => out.includes('API docs:'), 60_000), `npm start did not start:\n${out}`).toBe(true);
      // npm runs the server itself: no shell or tsx wrapper between them that could keep a signal from it.
      const members = groupMembers(pgid);
      const server = members.find((m) => m.ppid === pgid);
      expect(server?.cmd, JSON.stringify(members)).toBe(
        'node --max-old-space-size=1024 --max-semi-space-size=8 --min-semi-space-size=4 build/main.js',
      );

      const t0 = Date.now();
      process.kill(pgid, 'SIGTERM');
      expect(await until(() => portIsFree(port), 10_000), `port ${port} still taken 10 s after SIGTERM:\n${out}`).toBe(true);
      const freedMs = Date.now() - t0;
      const { code, signal } = await exited;
      expect(await until(() => groupMembers(pgid).length === 0, 5_000), JSON.stringify(groupMembers(pgid))).toBe(true);
      console.log(`[npm start] port free ${freedMs} ms after SIGTERM to npm; npm exited with ${code ?? signal}`);
      expect(out).toMatch(/"signal":"SIGTERM".*shutting down/);
      expect(code).toBe(0);

      // And the next start gets the port: no EADDRINUSE.
      const next = await launch({ ARCHGATE_PORT: String(port), ARCHGATE_DB: `sqlite:${join(dir, 'archgate.db')}` });
      expect(await stop(next)).toBe(0);
    } finally {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // Nothing left.
      }
    }
  });
});

/**
 * What `npm start` runs after its prestart: node and its arguments from package.json's start script
 * (`… node --max-old-space-size=… build/main.js`), so that the refusals are those of the compiled server.
 */
function startCommand(): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const args = script
    .slice(script.indexOf(' node ') + ' node '.length)
    .trim()
    .split(/\s+/);
  expect(args.at(-1)).toBe('build/main.js');
  return args;
}

/** Runs the compiled server as `npm start` does and answers its exit code, stdout and stderr. */
function failingStart(env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, startCommand(), {
    cwd: ROOT,
    env: {
      ...process.env,
      ARCHGATE_PORT: '0',
      ARCHGATE_HOST: '127.0.0.1',
      ARCHGATE_LOG_LEVEL: 'warn',
      ARCHGATE_ADMIN_PASSWORD: 'archgate-failing-start-1A',
      ARCHGATE_SECRET_KEY: 'archgate-failing-start-key',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (b: Buffer) => {
    stdout += b.toString();
  });
  proc.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    proc.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

interface Refusal {
  what: string;
  /** The environment of the start, and what to undo once it is refused. */
  setUp(): Promise<{ env: Record<string, string | undefined>; tearDown?: () => Promise<unknown> }>;
  /** The one line: its cause and the setting that fixes it. */
  line: RegExp;
}

const REFUSALS: Refusal[] = [
  {
    what: 'a port in use',
    async setUp() {
      const taken = await occupiedPort();
      return { env: { ARCHGATE_PORT: String(taken.port), ARCHGATE_DB: 'sqlite::memory:' }, tearDown: taken.release };
    },
    line: /^archgate: port \d+ is in use on 127\.0\.0\.1, set ARCHGATE_PORT to a free port$/,
  },
  {
    what: 'PostgreSQL unreachable',
    async setUp() {
      return { env: { ARCHGATE_DB: `postgres://archgate:Pg-secret-1@127.0.0.1:${await freePort()}/archgate` } };
    },
    line: /^archgate: cannot open the PostgreSQL store postgres:\/\/archgate:\*\*\*@127\.0\.0\.1:\d+\/archgate: connection refused \(check ARCHGATE_DB\)$/,
  },
  {
    what: 'a data folder that cannot be made (under /proc)',
    async setUp() {
      return { env: { ARCHGATE_DB: 'sqlite:/proc/archgate-nowhere/archgate.db' } };
    },
    line: /^archgate: cannot create the data folder \/proc\/archgate-nowhere \(ENOENT\): set ARCHGATE_DB to sqlite:<a path archgate can write>$/,
  },
  {
    what: 'a data folder under a regular file',
    async setUp() {
      const file = join(tempFolder('ag-start-file'), 'plain-file');
      writeFileSync(file, 'not a folder');
      return { env: { ARCHGATE_DB: `sqlite:${file}/data/archgate.db` } };
    },
    line: /^archgate: cannot create the data folder \S+\/plain-file\/data \(ENOTDIR\): set ARCHGATE_DB to sqlite:<a path archgate can write>$/,
  },
  {
    what: 'a database file that cannot be created',
    async setUp() {
      return { env: { ARCHGATE_DB: 'sqlite:/proc/archgate.db' } };
    },
    line: /^archgate: cannot open the SQLite store \/proc\/archgate\.db \(unable to open database file\): set ARCHGATE_DB to sqlite:<a path archgate can write>$/,
  },
  {
    what: 'a sealing key file that cannot be written',
    async setUp() {
      const db = `sqlite:${join(tempFolder('ag-start-key'), 'archgate.db')}`;
      return { env: { ARCHGATE_DB: db, ARCHGATE_SECRET_KEY: undefined, ARCHGATE_SECRET_KEY_FILE: '/proc/archgate-nowhere/archgate.key' } };
    },
    line: /^archgate: cannot write the sealing key file \/proc\/archgate-nowhere\/archgate\.key \(ENOENT\): set ARCHGATE_SECRET_KEY_FILE to a path archgate can write, or set ARCHGATE_SECRET_KEY$/,
  },
  {
    what: 'a bad ARCHGATE_TZ',
    async setUp() {
      return { env: { ARCHGATE_TZ: 'Mars/Olympus_Mons', ARCHGATE_DB: 'sqlite::memory:' } };
    },
    line: /^archgate: ARCHGATE_TZ is not a known time zone: Mars\/Olympus_Mons; set it to an IANA name such as UTC or Asia\/Shanghai$/,
  },
  ...ENGINES.map(
    (engine): Refusal => ({
      what: `a worker id a live node holds (${engine})`,
      async setUp() {
        const db = await processDbUrl(engine, 'ag-start-worker');
        const holder = await launch({ ARCHGATE_DB: db, ARCHGATE_WORKER_ID: '77' });
        return { env: { ARCHGATE_DB: db, ARCHGATE_WORKER_ID: '77' }, tearDown: () => stop(holder) };
      },
      line: /^archgate: worker id 77 is leased by another live node: set ARCHGATE_WORKER_ID to a free id, or unset it to lease one$/,
    }),
  ),
];

describe('a start that cannot succeed', () => {
  // build/ as prestart leaves it (compiled from the current src/), as in the npm start test above.
  beforeAll(() => ensureServerBuilt({ log: () => {} }), 120_000);
  it.each(REFUSALS.map((r) => [r.what, r] as const))(
    'refuses %s with a non-zero exit and one line on stderr naming the cause and the setting, no stack',
    async (_what, r) => {
      const { env, tearDown } = await r.setUp();
      try {
        const { code, stdout, stderr } = await failingStart(env);
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(stderr.endsWith('\n'), stderr).toBe(true);
        const lines = stderr.slice(0, -1).split('\n');
        expect(lines, stderr).toHaveLength(1);
        expect(lines[0]).toMatch(r.line);
        expect(stderr).not.toMatch(/\n\s+at |Error:/);
        expect(stderr).not.toContain('Pg-secret-1');
      } finally {
        await tearDown?.();
      }
    },
  );
});
