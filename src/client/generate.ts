import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const HEADER = `/**
 * Generated from archgate's OpenAPI document by \`npm run gen:client\` (scripts/gen-client.ts). Do not edit:
 * test/openapi.test.ts compares this file with what the running server's /docs/json gives.
 */

`;

/** The source text of src/client/openapi.ts for a given OpenAPI document. */
export async function clientTypesFrom(doc: Record<string, unknown>): Promise<string> {
  // openapi-typescript reads a parsed document as is; a deep copy keeps it from touching the caller's.
  const ast = await openapiTS(structuredClone(doc) as unknown as OpenAPI3, { alphabetize: true });
  return HEADER + astToString(ast);
}
