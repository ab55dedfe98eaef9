// Prints the gzipped size of the JavaScript the console's first page load fetches (the entry script and
// its modulepreloads named in console/dist/index.html), and fails above the 500 KB budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 500 * 1024;
const dist = fileURLToPath(new URL('../console/dist', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const urls = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const url of new Set(urls)) {
  const gz = gzipSync(readFileSync(join(dist, url)), { level: 9 }).length;
  total += gz;
  process.stdout.write(`${url}\t${(gz / 1024).toFixed(1)} KB gzipped\n`);
}
process.stdout.write(`first-load JS: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)\n`);
if (total > BUDGET) process.exit(1);
