import { buildApp } from '../app.js';
import { readConfig } from '../config.js';
import { openStore } from '../store/db.js';

/**
 * archgate's OpenAPI document as the running server answers it at /docs/json, built without listening:
 * the client generator writes the typed client from it, and a test checks that the checked-in client
 * still matches it.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = readConfig({ ARCHGATE_DB: 'sqlite::memory:', ARCHGATE_ADMIN_PASSWORD: 'unused-here-1A', ARCHGATE_LOG_LEVEL: 'silent' });
  const store = await openStore(config.db);
  try {
    const { app } = await buildApp({ config, store, logger: false });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await store.close();
  }
}
