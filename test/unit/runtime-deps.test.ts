import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// `npm start` installs only package.json's "dependencies" (npm ci --omit=dev, scripts/ensure-deps.mjs), so
// everything the server and the CLI load at run time must be there, not in "devDependencies".

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ROOTS = ['src/main.ts', 'src/cli/main.ts', 'bin/archgate.js'];

/** The module specifiers a file loads at run time: imports and re-exports that are not type-only, literal
 * dynamic imports, and pino transports (`target: 'pino-pretty'`, loaded by name in a worker). */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !node.importClause?.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (isTransportTarget(node, source)) {
      found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `transport: { target: 'name' }`: a pino transport, which pino loads by name. */
function isTransportTarget(node: ts.Node, source: ts.SourceFile): node is ts.PropertyAssignment & { initializer: ts.StringLiteral } {
  const transport = node.parent?.parent;
  return (
    ts.isPropertyAssignment(node) &&
    node.name.getText(source) === 'target' &&
    ts.isStringLiteral(node.initializer) &&
    transport !== undefined &&
    ts.isPropertyAssignment(transport) &&
    transport.name.getText(source) === 'transport'
  );
}

function resolveRelative(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.[cm]?[jt]s$/)) return candidate;
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** Every package the roots load at run time, with one file that loads it; and the files reached. */
function runtimePackages(): { packages: Map<string, string>; files: Set<string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...ROOTS];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      if (specifier.startsWith('.')) queue.push(relative('.', resolveRelative(file, specifier)));
      else if (!isBuiltin(specifier) && !packages.has(packageOf(specifier))) packages.set(packageOf(specifier), file);
    }
  }
  return { packages, files };
}

describe('what npm start needs at run time', () => {
  const { packages, files } = runtimePackages();

  it('every package the server and the CLI import (transitively from src/main.ts, src/cli/main.ts, bin/) is a production dependency', () => {
    const missing = [...packages].filter(([name]) => !(name in pkg.dependencies)).map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });

  it('so does the compiler npm start builds the server with: esbuild, which tsx (a production dependency) brings', () => {
    // npm start runs build/main.js, which scripts/build-server.mjs compiles from src/ with tsx's esbuild.
    expect(pkg.scripts.start).toMatch(/\sbuild\/main\.js$/);
    expect(pkg.dependencies).toHaveProperty('tsx');
    const esbuild = createRequire(join(process.cwd(), 'node_modules', 'tsx', 'package.json'))('esbuild');
    expect(typeof esbuild.buildSync).toBe('function');
  });

  it('the walk sees the whole program: the serving stack, both engines, the log formatter, the CLI', () => {
    expect(files.size).toBeGreaterThan(50);
    for (const name of [
      'fastify',
      'kysely',
      'better-sqlite3',
      'pg',
      'typebox',
      'pino-pretty',
      'prom-client',
      'commander',
      'cli-progress',
      'tsx',
    ]) {
      expect([...packages.keys()], name).toContain(name);
    }
    // src/client/generate.ts imports openapi-typescript (a development dependency) for npm run gen:client only.
    expect(files.has('src/client/generate.ts')).toBe(false);
  });
});
