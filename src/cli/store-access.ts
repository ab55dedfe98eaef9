import { ConfigError, readConfig, type Config } from '../config.js';
import { redactText } from '../config-redact.js';
import { StoreOpenError, StoreUrlError } from '../store/db.js';
import { BackupError } from '../store/backup.js';
import { CliError, EXIT, usage } from './errors.js';

/**
 * What the commands that open the store directly share (backup, restore, audit verify, admin
 * reset-password): they run on the server's machine, beside its data, and read the server's own settings
 * (ARCHGATE_DB, ARCHGATE_SECRET_KEY…), never a profile. `--db` overrides ARCHGATE_DB.
 */
export const DB_OPTION = [
  '--db <url>',
  'the store: sqlite:<path> or postgres://… (ARCHGATE_DB, default sqlite:./data/archgate.db)',
] as const;

export function storeConfig(db: string | undefined): Config {
  try {
    return readConfig(db === undefined ? process.env : { ...process.env, ARCHGATE_DB: db });
  } catch (err) {
    if (err instanceof ConfigError) throw usage(err.message);
    throw err;
  }
}

/** The path of a SQLite store URL; undefined for PostgreSQL. */
export function sqlitePathOf(url: string): string | undefined {
  return url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : undefined;
}

/** The store's own one-line failures, as the command's: a store that cannot be opened is as unreachable as a server. */
export function storeFailure(err: unknown): unknown {
  if (err instanceof StoreUrlError || err instanceof BackupError) return usage(redactText(err.message));
  if (err instanceof StoreOpenError) return new CliError(redactText(err.message), EXIT.UNREACHABLE);
  const message = err instanceof Error ? err.message : '';
  if (/no such table|relation .* does not exist/.test(message)) return usage(`the store is not an archgate store (${message})`);
  return err;
}
