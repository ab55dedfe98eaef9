import type { Config } from './config.js';
import type { Clock } from './domain/time.js';
import type { Snowflake } from './domain/ids.js';
import type { Store } from './store/db.js';
import type { Role } from './domain/enums.js';
import type { WorkspaceMode } from './domain/environments.js';
import type { Tenant } from './store/tenant.js';
import type { SecretBox } from './iam/secrets.js';
import type { Credential, RequestOrigin } from './usecases/principal.js';

/** What every use case is handed: the store, the clock, the id generator and the configuration. */
export interface Services {
  store: Store;
  clock: Clock;
  ids: Snowflake;
  config: Config;
  secrets: SecretBox;
}

/** Who is calling, and where: the outcome of authentication, tenant resolution and role lookup. */
export interface Caller {
  userId: string;
  userName: string;
  tenant: Tenant;
  role: Role;
  mode: WorkspaceMode;
  /** Whether the reference rules apply to this workspace's batches (on unless an admin turned them off). */
  enforceReferences: boolean;
  /** For the audit: the credential and the request (absent when no request acts, as in a scheduled run). */
  credential?: Credential;
  origin?: RequestOrigin;
}
