import { bootstrap } from '../../src/bootstrap.js';
import { readConfig } from '../../src/config.js';
import { systemClock } from '../../src/domain/time.js';
import { SecretBox } from '../../src/iam/secrets.js';
import { openStore } from '../../src/store/db.js';
import { ADMIN_PASSWORD, SECRET_KEY } from './archgate.js';

export interface Tenant {
  projectId: string;
  workspaceId: string;
  adminId: string;
}

/**
 * Creates a SQLite database with archgate's own code, as its first start would (migrations, then the
 * bootstrap domain, admin, project and workspace), without starting a server: the list database, which
 * is seeded before its node starts.
 */
export async function createSqliteDb(path: string): Promise<Tenant> {
  const config = readConfig({ ARCHGATE_DB: `sqlite:${path}`, ARCHGATE_ADMIN_PASSWORD: ADMIN_PASSWORD, ARCHGATE_SECRET_KEY: SECRET_KEY });
  const store = await openStore(config.db);
  try {
    const boot = await bootstrap(store, config, systemClock, SecretBox.fromMaterial(SECRET_KEY));
    const admin = await store.db.selectFrom('users').select('id').where('name', '=', boot.userName).executeTakeFirstOrThrow();
    return { projectId: boot.projectId, workspaceId: boot.workspaceId, adminId: admin.id };
  } finally {
    await store.close();
  }
}
