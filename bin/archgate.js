#!/usr/bin/env node
// The archgate command. An installed package runs the compiled dist/; a clone (src/ beside this file,
// tsx installed) runs the TypeScript source directly, so `npx archgate` needs no build step there.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const built = new URL('../dist/cli/main.js', import.meta.url);

if (existsSync(source) && process.env.ARCHGATE_CLI_USE_DIST !== '1') {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    register = undefined;
  }
  if (register) {
    register();
    await import(source.href);
  } else if (existsSync(built)) {
    await import(built.href);
  } else {
    process.stderr.write('archgate: neither tsx (npm install) nor a build (npm run build) is present\n');
    process.exit(1);
  }
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('archgate: dist/ is missing: run npm run build\n');
  process.exit(1);
}
