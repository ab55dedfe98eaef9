import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import { keyFileFor, SecretBox } from '../iam/secrets.js';
import { backupSqlite, restoreSqlite } from '../store/backup.js';
import { openExisting } from '../store/direct.js';
import { anySealedSecret } from '../store/sealed.js';
import { act, example } from './context.js';
import { usage } from './errors.js';
import type { Output } from './output.js';
import { DB_OPTION, sqlitePathOf, storeConfig, storeFailure } from './store-access.js';

/**
 * `archgate backup FILE` and `archgate restore FILE`: they open the SQLite file itself, because SQLite's
 * online backup API and replacing a stopped node's file are work on the file, not requests to a server.
 * PostgreSQL has its own tools (pg_dump, pg_restore), which the README shows.
 */

const PG_REFUSAL = (cmd: string) =>
  `${cmd} works on a SQLite store; for PostgreSQL use pg_dump and pg_restore (README: Operations, "Backups and restore")`;

/** Where the key that seals the stored secret keys comes from, as the server reads it. */
function sealingKey(config: Config): { source: string; file?: string; material?: string } {
  if (config.secretKey) return { source: 'ARCHGATE_SECRET_KEY', material: config.secretKey };
  const file = config.secretKeyFile ?? keyFileFor(config.db);
  if (file === null) return { source: 'none (an in-memory store)' };
  return { source: resolve(file), file: resolve(file) };
}

function keyWarning(key: ReturnType<typeof sealingKey>): string {
  const what = key.file ? `the sealing key file ${key.file}` : `the value of ${key.source}`;
  return `WARNING: keep ${what} with this backup: without it every stored secret key (SK) is lost.`;
}

export function registerBackup(program: Command) {
  program
    .command('backup')
    .argument('<file>', 'the backup file to write (refused if it exists, unless --force)')
    .description('copy a SQLite store into FILE while archgate serves (SQLite online backup); run it on the server machine')
    .option(...DB_OPTION)
    .option('--force', 'replace FILE if it exists')
    .addHelpText(
      'after',
      example(
        'archgate backup /backups/archgate-$(date +%F).db',
        'archgate backup --db sqlite:/var/lib/archgate/archgate.db /backups/archgate.db',
      ),
    )
    .action(
      act(async (ctx, file: string, o: { db?: string; force?: boolean }) => {
        const config = storeConfig(o.db);
        const path = sqlitePathOf(config.db);
        if (path === undefined) throw usage(PG_REFUSAL('backup'));
        if (path === ':memory:') throw usage('sqlite::memory: keeps nothing to back up: name the store file with --db or ARCHGATE_DB');
        const r = await backupSqlite(path, file, { overwrite: o.force }).catch((err: unknown) => {
          throw storeFailure(err);
        });
        const key = sealingKey(config);
        const keyFile = key.file ? { key_file: key.file, key_file_exists: existsSync(key.file) } : {};
        if (ctx.out.json) {
          return ctx.out.document({
            ...r,
            store: resolve(path),
            integrity: 'ok',
            sealing_key: key.source,
            ...keyFile,
            warning: keyWarning(key),
          });
        }
        ctx.out.pairs([
          ['backup', r.file],
          ['size', `${r.bytes} bytes (${r.pages} pages)`],
          ['started', r.started],
          ['finished', r.finished],
          ['store', resolve(path)],
          ['integrity', 'ok'],
          ['sealing key', key.file && !existsSync(key.file) ? `${key.source} (not there: ARCHGATE_SECRET_KEY_FILE?)` : key.source],
        ]);
        ctx.out.line(ctx.out.paint('yellow', keyWarning(key)));
      }),
    );

  program
    .command('restore')
    .argument('<file>', 'a backup written by archgate backup')
    .description('replace a stopped node’s SQLite store with a backup (refused while a node runs on it); the old store is moved aside')
    .option(...DB_OPTION)
    .addHelpText(
      'after',
      example(
        'archgate restore /backups/archgate-2026-01-31.db',
        'archgate restore --db sqlite:/var/lib/archgate/archgate.db /backups/archgate.db && archgate serve',
      ),
    )
    .action(
      act(async (ctx, file: string, o: { db?: string }) => {
        const config = storeConfig(o.db);
        const path = sqlitePathOf(config.db);
        if (path === undefined) throw usage(PG_REFUSAL('restore'));
        if (path === ':memory:') throw usage('sqlite::memory: is not a file to restore into: name the store file with --db or ARCHGATE_DB');
        let r: ReturnType<typeof restoreSqlite>;
        try {
          r = restoreSqlite(file, path);
        } catch (err) {
          throw storeFailure(err);
        }
        const key = await keyVerdict(config);
        if (ctx.out.json) return ctx.out.document({ ...r, backup: resolve(file), sealing_key: key.source, key_opens_secrets: key.opens });
        ctx.out.pairs([
          ['restored', r.target],
          ['from', resolve(file)],
          ['size', `${r.bytes} bytes`],
          ['previous store', r.replaced ?? '(none)'],
          ['migrations', r.pending.length === 0 ? 'up to date' : `${r.pending.length} to run at the next start`],
          ['sealing key', key.source],
        ]);
        restoreKeyNote(ctx.out, key);
      }),
    );
}

/** Whether the key the server will read opens the restored store's sealed secrets (null: it holds none). */
async function keyVerdict(config: Config) {
  const key = sealingKey(config);
  const store = await openExisting(config.db);
  let sample: string | undefined;
  try {
    sample = await anySealedSecret(store.db);
  } finally {
    await store.close();
  }
  let opens: boolean | null = null;
  if (sample !== undefined) {
    const material = key.material ?? (key.file && existsSync(key.file) ? readFileSync(key.file, 'utf8').trim() : undefined);
    opens = material !== undefined && SecretBox.fromMaterial(material).opens(sample);
  }
  return { ...key, opens };
}

function restoreKeyNote(out: Output, key: Awaited<ReturnType<typeof keyVerdict>>) {
  if (key.opens === false) {
    out.line(
      out.paint(
        'yellow',
        `WARNING: ${key.source} does not open the restored secret keys: put the key kept with this backup there (or set ARCHGATE_SECRET_KEY) before archgate serve, or it refuses to start.`,
      ),
    );
  } else {
    out.line(`Start the node now: archgate serve${key.opens ? ' (its sealing key opens the restored secrets)' : ''}`);
  }
}
