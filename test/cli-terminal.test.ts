import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';
import { buildCli, cliEnv, runCli, tempHome } from './helpers/cli.js';

const ESC = '\u001b';
const root = join(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What the terminal shows as text: colour, cursor and erase sequences removed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences
const plain = (s: string) => s.replace(/\u001b(\[[0-9;?]*[A-Za-z]|[78])/g, '');

/**
 * The archgate command where a person meets it: installed on the PATH by `npm link`, asking its
 * questions on a terminal, and drawing the live bar of `batches watch`. Terminals are pseudo-terminals
 * of util-linux script; the server is a real archgate on SQLite with the test clock, in this process.
 */
describe('the archgate command on a terminal', () => {
  let s: TestServer;
  let main: string;
  let home: string;
  let env: NodeJS.ProcessEnv;
  const cli = (args: string[]) => runCli(main, args, { home, env: credentials() });
  const credentials = () => ({
    ARCHGATE_ENDPOINT: s.url,
    ARCHGATE_PROJECT_ID: s.projectId,
    ARCHGATE_WORKSPACE: s.workspaceId,
    ARCHGATE_TOKEN: s.token,
  });
  const command = (args: string[]) => [process.execPath, main, ...args].map((a) => JSON.stringify(a)).join(' ');

  beforeAll(async () => {
    main = buildCli();
    s = await startServer('sqlite', { ARCHGATE_CLOCK: 'test' });
    home = tempHome('archgate-cli-tty');
    env = cliEnv({ home, env: credentials() });
  }, 240_000);
  afterAll(async () => {
    await s?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('npm link puts archgate on the PATH (a temporary global prefix), and it runs from any folder', async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'archgate-npm-prefix-'));
    try {
      const lock = readFileSync(join(root, 'package-lock.json'), 'utf8');
      const started = Date.now();
      // npm_config_prefix: the link goes to the temporary prefix, never the machine's global one.
      const link = spawnSync('npm', ['link', '--no-audit', '--no-fund', '--prefer-offline'], {
        cwd: root,
        env: { ...process.env, npm_config_prefix: prefix, npm_config_update_notifier: 'false' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const linkMs = Date.now() - started;
      console.log(`npm link (temporary prefix): ${linkMs} ms`);
      expect(link.status, `${link.stdout}${link.stderr}`).toBe(0);
      const bin = join(prefix, 'bin', 'archgate');
      expect(lstatSync(bin).isSymbolicLink()).toBe(true);
      // From another folder, by name on the PATH, as a person types it.
      const elsewhere = tempHome('archgate-cli-elsewhere');
      try {
        const path = `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`;
        // Asynchronously: the server the command calls runs in this process.
        const run = (args: string) =>
          new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
            const p = spawn('sh', ['-c', `archgate ${args}`], {
              cwd: elsewhere,
              env: cliEnv({ home: elsewhere, env: { PATH: path, ...credentials() } }),
              stdio: ['ignore', 'pipe', 'pipe'],
            });
            let stdout = '';
            let stderr = '';
            p.stdout.on('data', (b: Buffer) => {
              stdout += b.toString();
            });
            p.stderr.on('data', (b: Buffer) => {
              stderr += b.toString();
            });
            const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
            p.once('close', (status) => {
              clearTimeout(timer);
              resolve({ status, stdout, stderr });
            });
          });
        expect(spawnSync('sh', ['-c', 'command -v archgate'], { env: { PATH: path }, encoding: 'utf8' }).stdout.trim()).toBe(bin);
        const version = await run('--version');
        expect(version.status, version.stderr).toBe(0);
        expect(version.stdout.trim()).toBe('0.1.0');
        const help = await run('--help');
        expect(help.status, help.stderr).toBe(0);
        expect(help.stdout).toMatch(/Usage: archgate /);
        expect(help.stdout).toMatch(/Examples:/);
        // And it talks to a server: a real command, through the linked bin.
        const listed = await run('-o json approvers list');
        expect(listed.status, listed.stderr).toBe(0);
        expect(JSON.parse(listed.stdout)).toBeTypeOf('object');
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
      // The repository's lock file is left as it was.
      expect(readFileSync(join(root, 'package-lock.json'), 'utf8')).toBe(lock);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  }, 180_000);

  it('offline --impact asks on a terminal: "n" changes nothing (exit 2), "y" takes the objects offline', async () => {
    const ids = await registerAndPublish('TABLE_MODEL', ['tty_off_a', 'tty_off_b']);
    const batchesBefore = await batchCount();
    const args = ['offline', '--ids', ids.join(','), '--biz-type', 'TABLE_MODEL', '--impact', '--fast'];

    const no = await inPty(command(args), env, { question: /Take 2 objects offline\? \[y\/N\] /, answer: 'n' });
    expect(no.status, no.stdout).toBe(2);
    expect(no.stdout).toMatch(/Dependants of 2 objects:/);
    expect(plain(no.stdout)).toMatch(/^TABLE_MODEL tty_off_a \d+ PUBLISHED\r?$/m);
    expect(no.stdout).toMatch(/Nothing done\./);
    expect(no.stdout).not.toMatch(/BATCH/);
    expect(await statuses('tty_off_')).toEqual({ tty_off_a: 'PUBLISHED', tty_off_b: 'PUBLISHED' });
    expect(await batchCount()).toBe(batchesBefore);

    const yes = await inPty(command(args), env, { question: /Take 2 objects offline\? \[y\/N\] /, answer: 'y' });
    expect(yes.status, yes.stdout).toBe(0);
    expect(plain(yes.stdout)).toMatch(/SUCCESS\s+2\s+2\s+0/);
    expect(await statuses('tty_off_')).toEqual({ tty_off_a: 'OFFLINE', tty_off_b: 'OFFLINE' });
    expect(await batchCount()).toBe(batchesBefore + 1);
  }, 60_000);

  it('approvals approve --all-pending asks on a terminal: "n" changes nothing (exit 2), "y" approves them all', async () => {
    await registerAndPublish('DIMENSION', ['tty_app_a', 'tty_app_b', 'tty_app_c'], ['--approver', 'admin']);
    const pending = async () =>
      (await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&biz_type=DIMENSION&name=tty_app_&limit=100')).body.data
        .value.total as number;
    expect(await pending()).toBe(3);
    const args = ['approvals', 'approve', '--all-pending', '--biz-type', 'DIMENSION', '--name', 'tty_app_', '--comment', 'typed yes'];

    const no = await inPty(command(args), env, { question: /Approve 3 pending applications\? \[y\/N\] /, answer: 'n' });
    expect(no.status, no.stdout).toBe(2);
    expect(no.stdout).toMatch(/Nothing done\./);
    expect(no.stdout).not.toMatch(/BATCH/);
    expect(await pending()).toBe(3);

    const yes = await inPty(command(args), env, { question: /Approve 3 pending applications\? \[y\/N\] /, answer: 'y' });
    expect(yes.status, yes.stdout).toBe(0);
    expect(plain(yes.stdout)).toMatch(/SUCCESS\s+3\s+3\s+0/);
    expect(await pending()).toBe(0);
    const done = (await s.call('GET', '/v2/{p}/design/approvals?approval_status=FINISHED&biz_type=DIMENSION&name=tty_app_&limit=100')).body
      .data.value.records as { approval_status: string; msg: string }[];
    expect(done).toHaveLength(3);
    expect(done.every((a) => a.approval_status === 'APPROVED' && a.msg === 'typed yes')).toBe(true);
    expect(await statuses('tty_app_')).toEqual({ tty_app_a: 'PUBLISHED', tty_app_b: 'PUBLISHED', tty_app_c: 'PUBLISHED' });
  }, 60_000);

  it('batches watch draws a live bar on a terminal until the scheduled batch runs, then exits 0', async () => {
    await register('SUBJECT', ['tty_sched_a', 'tty_sched_b']);
    // Two minutes ahead on the server's clock (UTC); advancing the test clock five minutes runs it.
    const at = new Date(Date.now() + 2 * 60_000);
    const schedule = `${String(at.getUTCMinutes()).padStart(2, '0')}_${String(at.getUTCHours()).padStart(2, '0')}`;
    const sub = await cli(['-o', 'json', 'publish', '--biz-type', 'SUBJECT', '--name', 'tty_sched_', '--fast', '--schedule', schedule]);
    expect(sub.code, sub.stderr).toBe(0);
    const group = JSON.parse(sub.stdout).batches[0].group_id as string;

    const watch = startPty(command(['batches', 'watch', group, '--interval', '100']), env);
    // The bar is up (0%, the batch scheduled) before the clock moves.
    expect(await watch.waitFor(/0% \| 0\/2 items/, 15_000), watch.output()).toBe(true);
    await sleep(300);
    expect(watch.exited()).toBe(false);
    const adv = await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 5 * 60_000 } });
    expect(adv.status).toBe(200);
    const status = await watch.done(30_000);
    const out = watch.output();
    expect(status, out).toBe(0);
    // Redrawn in place on the terminal: the cursor goes back to the line's start, and the bar reaches 100%.
    expect(out.split(`${ESC}[1G`).length - 1, out).toBeGreaterThanOrEqual(2);
    expect(out).toMatch(/100% \| 2\/2 items/);
    const drawn = plain(out);
    expect(drawn.slice(drawn.indexOf('0% | 0/2'), drawn.indexOf('100% | 2/2')), 'the bar is redrawn on one line').not.toContain('\n');
    expect(out).toContain('\u2588');
    expect(out).toContain(`${ESC}[?25l`);
    expect(plain(out)).toMatch(/status:\s+SUCCESS/);
    const b = (await s.call('GET', `/archgate/v1/{p}/batches/${group}`)).body.data.value;
    expect(b).toMatchObject({ operation_status: 'SUCCESS', success: 2 });
  }, 60_000);

  async function register(bizType: string, names: string[]): Promise<string[]> {
    const file = join(home, `${names[0]}.jsonl`);
    writeFileSync(file, `${names.map((name_en) => JSON.stringify({ biz_type: bizType, name_en })).join('\n')}\n`);
    const r = await cli(['objects', 'import', file]);
    expect(r.code, r.stderr).toBe(0);
    const records = (
      await s.call('GET', `/archgate/v1/{p}/objects?biz_type=${bizType}&name=${names[0]!.replace(/_[^_]*$/, '_')}&limit=100`)
    ).body.data.value.records as { id: string; name_en: string }[];
    return names.map((n) => records.find((o) => o.name_en === n)!.id);
  }

  async function registerAndPublish(bizType: string, names: string[], how: string[] = ['--fast']): Promise<string[]> {
    const ids = await register(bizType, names);
    const r = await cli(['publish', '--ids', ids.join(','), '--biz-type', bizType, ...how]);
    expect(r.code, r.stderr).toBe(0);
    return ids;
  }

  async function statuses(name: string): Promise<Record<string, string>> {
    const records = (await s.call('GET', `/archgate/v1/{p}/objects?name=${name}&limit=100`)).body.data.value.records as {
      name_en: string;
      status: string;
    }[];
    return Object.fromEntries(records.map((o) => [o.name_en, o.status]).sort());
  }

  async function batchCount(): Promise<number> {
    return (await s.call('GET', '/archgate/v1/{p}/batches?limit=1')).body.data.value.total as number;
  }

  /** A shell command under a pseudo-terminal (util-linux script), its output captured as the terminal shows it. */
  function startPty(cmd: string, e: NodeJS.ProcessEnv) {
    const p = spawn('script', ['-qec', cmd, '/dev/null'], { env: e, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let status: number | null | undefined;
    p.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    p.stderr.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const closed = new Promise<number | null>((resolve) =>
      p.once('close', (c) => {
        status = c;
        resolve(c);
      }),
    );
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    void closed.then(() => clearTimeout(timer));
    return {
      output: () => out,
      exited: () => status !== undefined,
      type: (text: string) => p.stdin.write(text),
      end: () => p.stdin.end(),
      async waitFor(re: RegExp, ms: number): Promise<boolean> {
        for (const until = Date.now() + ms; Date.now() < until && status === undefined; await sleep(25)) if (re.test(out)) return true;
        return re.test(out);
      },
      async done(ms: number): Promise<number | null> {
        const t = setTimeout(() => p.kill('SIGKILL'), ms);
        const c = await closed;
        clearTimeout(t);
        return c;
      },
    };
  }

  /** Runs `cmd` on a pseudo-terminal, waits for `question`, types `answer` and Enter, and waits for the end. */
  async function inPty(cmd: string, e: NodeJS.ProcessEnv, q: { question: RegExp; answer: string }) {
    const t = startPty(cmd, e);
    const asked = await t.waitFor(q.question, 15_000);
    expect(asked, `the question was not shown:\n${t.output()}`).toBe(true);
    t.type(`${q.answer}\n`);
    t.end();
    const status = await t.done(30_000);
    return { status, stdout: t.output() };
  }
});
