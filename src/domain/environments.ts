import type { EnvType } from './enums.js';

/**
 * docs/API.md §11.7: in an enterprise workspace an object is online in a set of environments. These helpers
 * turn the wire's env_type into a set and back.
 */
export type Env = 'dev' | 'prod';
export type WorkspaceMode = 'simple' | 'enterprise';

export function envsOf(envType: string | null | undefined): Set<Env> {
  switch (envType) {
    case 'DEV_TYPE':
      return new Set(['dev']);
    case 'PROD_TYPE':
      return new Set(['prod']);
    case 'DEV_PROD_TYPE':
      return new Set(['dev', 'prod']);
    default:
      return new Set();
  }
}

export function envTypeOf(envs: Set<Env>): EnvType | null {
  if (envs.has('dev') && envs.has('prod')) return 'DEV_PROD_TYPE';
  if (envs.has('dev')) return 'DEV_TYPE';
  if (envs.has('prod')) return 'PROD_TYPE';
  return null;
}

/** The environments a request item names: its own env_type, else the batch's, else both. */
export function requestedEnvs(itemEnv: string | undefined, batchEnv: string | undefined): Set<Env> {
  return envsOf(itemEnv ?? batchEnv ?? 'DEV_PROD_TYPE');
}

export function isSubset(a: Set<Env>, b: Set<Env>): boolean {
  for (const e of a) if (!b.has(e)) return false;
  return true;
}
