import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../scripts/build-server.mjs';

/**
 * The server's own logs as `npm start` writes them: human-readable (pino-pretty) when stdout is a terminal,
 * JSON lines anywhere else. The terminal is a real pseudo-terminal from util-linux script(1), as in
 * test/cli-terminal.test.ts; the server is the compiled one `npm start` runs.
 */

const ROOT = join(import.meta.dirname, '..');
// biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's colour escapes are what is removed.
const ANSI = /\u001b\[[0-9;]*m/g;

/** node and its arguments as package.json's start script gives them. */
function startCommand(): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  return [
    process.execPath,
    ...script
      .slice(script.indexOf(' node ') + ' node '.length)
      .trim()
      .split(/\s+/),
  ];
}

const ENV = {
  ARCHGATE_PORT: '0',
  ARCHGATE_HOST: '127.0.0.1',
  ARCHGATE_DB: 'sqlite::memory:',
  ARCHGATE_LOG_LEVEL: 'info',
  ARCHGATE_ADMIN_PASSWORD: 'archgate-log-format-1A',
  ARCHGATE_SECRET_KEY: 'archgate-log-format-key',
};

/**
 * Starts the server (under a pseudo-terminal when `tty`), waits for its banner and a request's log line,
 * stops it with SIGTERM to its process group and answers everything it wrote, colour escapes removed.
 */
async function serverOutput(tty: boolean): Promise<string> {
  const cmd = startCommand();
  const [file, args] = tty ? ['script', ['-qec', cmd.map((a) => `'${a}'`).join(' '), '/dev/null']] : [cmd[0]!, cmd.slice(1)];
  const p = spawn(file as string, args as string[], {
    cwd: ROOT,
    env: { ...process.env, ...ENV },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: the signal reaches the server under script as well.
    detached: true,
  });
  let out = '';
  p.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  p.stderr.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const closed = new Promise<void>((resolve) => p.once('close', () => resolve()));
  const until = async (what: RegExp) => {
    for (let i = 0; i < 1200 && !what.test(out); i++) await new Promise((r) => setTimeout(r, 25));
    expect(out, `waited for ${what}`).toMatch(what);
  };
  try {
    await until(/API docs:/);
    const url = /listening on (http:\/\/\S+)/.exec(out.replace(ANSI, ''))![1]!;
    expect((await fetch(`${url}/v2/${'0'.repeat(32)}/design/approvals`, { headers: { 'x-request-id': 'log-format-1' } })).status).toBe(401);
    await until(/log-format-1/);
  } finally {
    process.kill(-p.pid!, 'SIGTERM');
    await closed;
  }
  return out.replace(ANSI, '').replaceAll('\r', '');
}

describe('the server logs', () => {
  beforeAll(() => ensureServerBuilt({ log: () => {} }), 120_000);

  it('are human-readable on a terminal: a time, the level and the message, no JSON', async () => {
    const out = await serverOutput(true);
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Server listening at http:\/\/127\.0\.0\.1:\d+$/m);
    // The request's line reads as one, its fields indented beneath it.
    expect(out).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: GET \/v2\/0{32}\/design\/approvals request completed\n {4}reqId: "log-format-1"$/m,
    );
    expect(out.split('\n').filter((l) => l.startsWith('{"level"'))).toEqual([]);
  }, 60_000);

  it('are JSON lines in a pipe', async () => {
    const out = await serverOutput(false);
    const json = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(json).toContainEqual(
      expect.objectContaining({ level: 30, msg: expect.stringMatching(/^Server listening at http:\/\/127\.0\.0\.1:\d+$/) }),
    );
    expect(json).toContainEqual(expect.objectContaining({ reqId: 'log-format-1', msg: 'request completed', status: 401 }));
  }, 60_000);
});
