// Writes src/client/openapi.ts, the TypeScript types of archgate's own OpenAPI document, with
// openapi-typescript. Run `npm run gen:client` after changing a wire schema; test/openapi.test.ts fails
// while the checked-in file differs from what the live document gives.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/api/openapi-document.js';
import { clientTypesFrom } from '../src/client/generate.js';

const target = fileURLToPath(new URL('../src/client/openapi.ts', import.meta.url));
writeFileSync(target, await clientTypesFrom(await buildOpenApiDocument()));
process.stdout.write(`wrote ${target}\n`);
