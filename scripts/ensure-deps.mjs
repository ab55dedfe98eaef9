// Runs before `npm start` (`node scripts/ensure-deps.mjs start`) and `npm test` (`… test`, the default):
// installs the locked dependencies that command needs when they are missing or older than
// package-lock.json, so that either command is enough on a fresh clone. `npm start` installs the
// production dependencies only; `npm test` everything. scripts/deps-state.mjs decides what to run. Before
// `npm start` it also compiles the server and builds the console when their sources changed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { installCommand, lockMatchesPackage, PRODUCTION } from './deps-state.mjs';

const mode = process.argv[2] ?? 'test';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const devDependencies = Object.keys(pkg.devDependencies ?? {});
const marker = 'node_modules/.package-lock.json';
const command = installCommand(mode, {
  dependencies,
  devDependencies,
  installed: [...dependencies, ...devDependencies].filter((name) => existsSync(`node_modules/${name}/package.json`)),
  lockMtimeMs: statSync('package-lock.json').mtimeMs,
  markerMtimeMs: existsSync(marker) ? statSync(marker).mtimeMs : undefined,
  lockMatchesPackage: lockMatchesPackage(pkg, lock),
});
if (command) {
  const what = command === PRODUCTION ? 'the production dependencies' : 'the dependencies';
  process.stderr.write(`archgate: installing ${what} (${command})…\n`);
  execSync(command, { stdio: 'inherit' });
}
if (mode === 'start') {
  // The server runs compiled (build/main.js): scripts/build-server.mjs says why. Without it nothing starts.
  const { ensureServerBuilt } = await import('./build-server.mjs');
  ensureServerBuilt();
  // The web console is built from console/ on first start and after it changes. A failed build does not stop
  // the API: /console/ then says how to build it.
  const { ensureConsoleBuilt } = await import('./console-build.mjs');
  try {
    ensureConsoleBuilt();
  } catch (err) {
    process.stderr.write(`archgate: the console could not be built (${err.message}); the API starts without it\n`);
  }
}
