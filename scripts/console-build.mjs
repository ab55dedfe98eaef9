// Builds the web console (console/ → console/dist) when the build is missing or older than its sources:
// `npm start` runs it through scripts/ensure-deps.mjs, the browser tests through test/helpers/browser.ts,
// and `npm run console:build` by hand. The console has its own locked dependencies in console/; they are
// installed with `npm ci` when missing. Nothing built is committed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDirLock } from './dir-lock.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const consoleDir = fileURLToPath(new URL('../console', import.meta.url));
const built = join(consoleDir, 'dist', 'index.html');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the console needs building, or null when console/dist is newer than everything it is built from. */
export function consoleBuildReason() {
  if (!existsSync(built)) return 'console/dist is missing';
  const builtAt = statSync(built).mtimeMs;
  const stale = INPUTS.find((input) => newestMtime(join(consoleDir, input)) > builtAt);
  return stale ? `console/${stale} changed since the last build` : null;
}

function depsReason() {
  const marker = join(consoleDir, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return 'console/node_modules is missing';
  return statSync(join(consoleDir, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs ? 'console/package-lock.json changed' : null;
}

const lockDir = join(consoleDir, '.build-lock');

// archgate serves the assets compressed (src/api/routes/console.ts, preCompressed) without compressing per request.
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css|svg)$/.test(name)) continue;
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  }
}

/** Installs the console's dependencies if needed and builds it if stale; `force` builds anyway. */
export function ensureConsoleBuilt({ force = false, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  if (!force && !consoleBuildReason()) return false;
  return withDirLock(lockDir, () => build(force, log));
}

function build(force, log) {
  const reason = force ? 'asked to' : consoleBuildReason();
  if (!reason) return false;
  const deps = depsReason();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (deps) {
    log(`archgate: installing the console's dependencies (${deps})…`);
    // --include=dev: vite is a build tool, needed even where NODE_ENV=production.
    execFileSync(npm, ['ci', '--include=dev', '--no-audit', '--no-fund'], { cwd: consoleDir, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  log(`archgate: building the console (${reason})…`);
  const started = Date.now();
  // Built beside dist and swapped in whole, so that a server serving the old build meanwhile (a running
  // node, another test file) never sees a half-emptied folder.
  const next = join(consoleDir, `dist.next-${process.pid}`);
  const old = join(consoleDir, `dist.old-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [join(consoleDir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', next, '--emptyOutDir'],
    {
      cwd: consoleDir,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Always the build that ships: under vitest NODE_ENV is "test", and vite then emits React's development
      // build (a third larger, and not what users run).
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  precompress(join(next, 'assets'));
  const dist = join(consoleDir, 'dist');
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
  log(`archgate: console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureConsoleBuilt({ force: process.argv.includes('--force') });
}
