// Prints the gzipped size of the JavaScript two first loads of the console fetch, and fails when either is
// over the 500 KB budget (or when a route's chunk cannot be found, so that a renamed page cannot pass by
// being left out):
// - the sign-in page: the entry script and everything it imports statically (what index.html
//   modulepreloads);
// - a signed-in deep link to Pending Review: the same, plus the route's lazy chunks (the Shell and the
//   page) and everything those import statically, which the browser fetches before the page can show.
// Chunks that load later (a diff viewer opened in a drawer, another page) are not part of either.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 500 * 1024;
const dist = fileURLToPath(new URL('../console/dist', import.meta.url));
const assets = join(dist, 'assets');

/** Each first load: the lazy chunks (by the name Vite gives them, their source module's) its route needs. */
const LOADS = [
  { name: 'sign-in (/console/signin)', lazy: [] },
  { name: 'Pending Review deep link (/console/review/pending)', lazy: ['Shell', 'PendingReviewPage'] },
];

if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write('console/dist/index.html is missing: run `npm run console:build` first\n');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script[^>]*\ssrc="\/console\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) {
  process.stderr.write('no entry script in console/dist/index.html\n');
  process.exit(1);
}
const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*\shref="\/console\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);

const text = new Map();
const read = (file) => {
  if (!text.has(file)) text.set(file, readFileSync(join(assets, file), 'utf8'));
  return text.get(file);
};
const gz = new Map();
const gzipped = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(read(file), { level: 9 }).length);
  return gz.get(file);
};

// Static imports only (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`): a dynamic
// `import("./x.js")` is followed by a parenthesis and so never matches.
const STATIC = /(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
function closure(roots) {
  const seen = new Set();
  const todo = [...roots];
  while (todo.length > 0) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of read(f).matchAll(STATIC)) todo.push(m[1]);
  }
  return seen;
}

/** The chunk a lazy route imports dynamically, found in the entry (where the routes are declared). */
function lazyChunk(name) {
  const re = new RegExp(`import\\(\\s*["'\`]\\./(${name}-[\\w-]+\\.js)["'\`]\\s*\\)`);
  return re.exec(read(entry))?.[1];
}

const base = closure([entry, ...preloaded]);
let failed = false;
for (const load of LOADS) {
  const roots = [];
  for (const name of load.lazy) {
    const chunk = lazyChunk(name);
    if (!chunk) {
      process.stderr.write(`${load.name}: no lazy chunk named ${name} is imported by ${entry}\n`);
      failed = true;
      continue;
    }
    roots.push(chunk);
  }
  const files = new Set([...base, ...closure(roots)]);
  const total = [...files].reduce((sum, f) => sum + gzipped(f), 0);
  process.stdout.write(`${load.name}:\n`);
  for (const f of [...files].sort((a, b) => gzipped(b) - gzipped(a))) {
    process.stdout.write(`  ${f}\t${(gzipped(f) / 1024).toFixed(1)} KB gzipped\n`);
  }
  process.stdout.write(`  first-load JS: ${(total / 1024).toFixed(1)} KB gzipped in ${files.size} files (budget ${BUDGET / 1024} KB)\n`);
  if (total > BUDGET) {
    process.stderr.write(`${load.name}: ${(total / 1024).toFixed(1)} KB gzipped is over the ${BUDGET / 1024} KB budget\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
