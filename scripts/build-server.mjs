// Compiles the server (src/ → build/) for `npm start` (through scripts/ensure-deps.mjs), the container
// image and the bench, which run build/main.js with plain Node. Running src/ through tsx's loader
// (`node --import tsx`) costs about 40 MB of resident memory in every server: the loader's hooks run in a
// thread of their own, with its own heap.
//
// Each file is transpiled on its own by esbuild, which is how tsx runs src/ (the same JavaScript runs,
// with the same semantics), without bundling: build/ mirrors src/, so paths relative to a module (the
// console's dist) still resolve. esbuild is the one tsx depends on, a production dependency, so that
// `npm start` builds on a production-only install. Type errors are `npm run typecheck`'s business.
//
// Rebuilt only when the sources' content changes (their hash is in build/.sources). Parallel starts take a
// lock; the build goes to a temporary folder renamed into place, so that no start sees half of one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDirLock } from './dir-lock.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_DIR = join(root, 'build');
const STAMP = '.sources';
const lockDir = join(root, '.build-lock');

function esbuild() {
  return createRequire(join(root, 'node_modules', 'tsx', 'package.json'))('esbuild');
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** What the build is made from: the sources, the compiler settings, this script and esbuild's version. */
function sourcesHash(files) {
  const hash = createHash('sha256');
  for (const f of [...files, join(root, 'tsconfig.json'), fileURLToPath(import.meta.url)].sort()) {
    hash.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  hash.update(esbuild().version);
  return hash.digest('hex');
}

function builtHash() {
  try {
    return readFileSync(join(BUILD_DIR, STAMP), 'utf8');
  } catch {
    return undefined;
  }
}

function build(files, hash) {
  const next = `${BUILD_DIR}.next-${process.pid}`;
  const old = `${BUILD_DIR}.old-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  esbuild().buildSync({
    entryPoints: files,
    outdir: next,
    outbase: join(root, 'src'),
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  writeFileSync(join(next, STAMP), hash);
  if (existsSync(BUILD_DIR)) renameSync(BUILD_DIR, old);
  renameSync(next, BUILD_DIR);
  rmSync(old, { recursive: true, force: true });
}

/** Builds build/ from src/ when it is missing or was built from other sources; answers whether it built. */
export function ensureServerBuilt({ log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const files = sourceFiles(join(root, 'src'));
  const hash = sourcesHash(files);
  if (builtHash() === hash) return false;
  return withDirLock(lockDir, () => {
    // Another start may have built it while this one waited.
    if (builtHash() === hash) return false;
    const t0 = performance.now();
    build(files, hash);
    log(`archgate: compiled src/ to build/ (${files.length} files, ${Math.round(performance.now() - t0)} ms)`);
    return true;
  });
}

/**
 * The server's command line as `npm start` runs it (package.json's `start` script, without `exec`); the
 * container image's CMD is the same, and the bench runs it, so that its figures are what a user's server
 * does. Its settings, each for the server's resident memory (issue 15), measured on a node that registers
 * and publishes 10,000 objects in one request each, then takes them offline:
 * - `env MALLOC_MMAP_THRESHOLD_=4194304`: a login's scrypt takes 16 MB in a libuv thread; glibc's default
 *   (a threshold that rises to the largest block freed) kept 16 MB resident in each thread that had hashed
 *   a password, up to 64 MB after four logins at once. Blocks of 4 MiB and more are now always given back.
 *   Other C libraries ignore the variable.
 * - `--max-old-space-size=1024`: V8 lets the heap grow to up to 4 times what survived the last full
 *   collection on a machine with as much memory as the bench's; a 1 GB limit makes that about 1.6 times
 *   (about 50 MB less at a big batch's peak). A 10,000-object registration of 26 MB, near its body limit,
 *   passes with 256 MB (not 128), four of them at once with 512; the bench's 10,000-item requests pass
 *   with 64 MB (not 48). It is the default of a machine with 4 GB of memory.
 * - `--max-semi-space-size=8` (16 by default): young objects get 16 MB rather than 32 MB; about 12 MB less
 *   at the peak. 4 saved about 25 MB but cost offline2 12 to 15% of its CPU per request (scavenges twice
 *   as frequent, more objects promoted); 8 costs 3 to 5% (alternating rounds against no flag at all).
 * - `--min-semi-space-size=4` (round 13): some 20 to 30 s into a quiet spell, V8's memory reducer shrinks the young
 *   generation to 1 MB a semi-space. The next requests then outlive several scavenges each, their garbage
 *   is promoted, and within about a hundred list pages the old generation reaches its lowered limit: a
 *   mark-compact whose incremental steps (16 to 20 ms) land inside requests. With 4 MB kept, 150 list pages
 *   after 40 or 120 s idle ran no mark-compact (2 MB still ran one). It holds at most 6 MB more while idle;
 *   under load the young generation is at its 8 MB anyway.
 */
export function serverCommand() {
  const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  const words = start.trim().split(/\s+/);
  if (words[0] === 'exec') words.shift();
  return words;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureServerBuilt();
