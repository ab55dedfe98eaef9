import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientTypesFrom } from '../src/client/generate.js';
import { startServer, type TestServer } from './helpers/server.js';

describe('the OpenAPI document', () => {
  let s: TestServer;
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    s = await startServer('sqlite');
    doc = (await s.call('GET', '/docs/json', { token: null, workspace: null })).body;
  });
  afterAll(() => s.close());

  it('passes a real OpenAPI 3 validator with no error', async () => {
    // validate() dereferences in place; it gets its own copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('gives exactly the checked-in client types (run `npm run gen:client` after a wire change)', async () => {
    const checkedIn = readFileSync(new URL('../src/client/openapi.ts', import.meta.url), 'utf8');
    expect(await clientTypesFrom(doc)).toBe(checkedIn);
  });
});
