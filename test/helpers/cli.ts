import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * The archgate command as the tests run it: the compiled JavaScript (tsc -p tsconfig.build.json), run by
 * plain Node as a child process, as an installed package runs it. One build per content of src/: it goes
 * to node_modules/.cache/archgate-cli/<hash> (inside the repository, so the compiled files resolve the
 * repository's node_modules), written to a temporary folder and renamed into place, so test files that
 * build at the same time do not see each other's half-written output.
 */
const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

export function buildCli(): string {
  const hash = createHash('sha256');
  for (const f of [...files(join(root, 'src')), join(root, 'tsconfig.json'), join(root, 'tsconfig.build.json')].sort()) {
    hash.update(relative(root, f)).update(readFileSync(f));
  }
  const cache = join(root, 'node_modules', '.cache', 'archgate-cli');
  const out = join(cache, hash.digest('hex').slice(0, 16));
  const main = join(out, 'cli', 'main.js');
  if (existsSync(main)) return main;
  mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(join(cache, 'build-'));
  // Type errors are the typecheck's business (npm run typecheck); the build only has to emit.
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', tmp],
    { cwd: root, encoding: 'utf8' },
  );
  if (!existsSync(join(tmp, 'cli', 'main.js'))) throw new Error(`the build emitted nothing:\n${r.stdout}${r.stderr}`);
  try {
    renameSync(tmp, out);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Builds of older sources go (not the temporary folders of builds under way).
  for (const e of readdirSync(cache))
    if (!e.startsWith('build-') && join(cache, e) !== out) rmSync(join(cache, e), { recursive: true, force: true });
  return main;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliEnv {
  home: string;
  env?: Record<string, string | undefined>;
}

/** The child's environment: a HOME of its own (profiles), no colour settings or credentials from outside. */
export function cliEnv(o: CliEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: o.home };
  for (const k of Object.keys(env)) if (/^(ARCHGATE_|HUAWEICLOUD_SDK_)/.test(k) || k === 'NO_COLOR' || k === 'FORCE_COLOR') delete env[k];
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function spawnCli(main: string, args: string[], o: CliEnv & { cwd?: string }): ChildProcess {
  return spawn(process.execPath, [main, ...args], { env: cliEnv(o), cwd: o.cwd ?? o.home, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs the command to its end; `input` is its standard input (closed at once when omitted). */
export function runCli(main: string, args: string[], o: CliEnv & { input?: string; cwd?: string; timeoutMs?: number }): Promise<CliResult> {
  const p = spawnCli(main, args, o);
  let stdout = '';
  let stderr = '';
  p.stdout!.on('data', (b: Buffer) => {
    stdout += b.toString();
  });
  p.stderr!.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  p.stdin!.end(o.input ?? '');
  const timer = setTimeout(() => p.kill('SIGKILL'), o.timeoutMs ?? 120_000);
  return new Promise((resolve) =>
    p.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

export const tempHome = (prefix = 'archgate-cli-home') => mkdtempSync(join(tmpdir(), `${prefix}-`));

export const modeOf = (path: string) => statSync(path).mode & 0o777;
