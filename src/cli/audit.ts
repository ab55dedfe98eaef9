import type { Command } from 'commander';
import { redactUrl } from '../config-redact.js';
import { auditProjects } from '../store/audit.js';
import { verifyAuditChain, type AuditVerdict } from '../store/audit-verify.js';
import { openExisting } from '../store/direct.js';
import { act, example } from './context.js';
import { EXIT } from './errors.js';
import { DB_OPTION, storeConfig, storeFailure } from './store-access.js';

/**
 * `archgate audit verify`: walks every project's audit chain in the store itself, because it is the
 * check of last resort: it must work on a backup file, on a stopped node, and without any credential
 * that a tampered store could have changed. The HTTP route verifies one project for its administrator.
 */
export function registerAudit(program: Command) {
  const audit = program.command('audit').description('the audit trail, read from the store itself on the server machine');
  audit
    .command('verify')
    .description('walk every project’s hash chain and name the first record changed, removed or inserted (exit 1 if any)')
    .option(...DB_OPTION)
    .option('--project <id>', 'only this project’s chain')
    .addHelpText(
      'after',
      example('archgate audit verify', 'archgate audit verify --db sqlite:/backups/archgate.db', 'archgate --output json audit verify'),
    )
    .action(
      act(async (ctx, o: { db?: string; project?: string }) => {
        const config = storeConfig(o.db);
        const results: (AuditVerdict & { project_id: string; at?: { operation: string; time: string } })[] = [];
        try {
          const store = await openExisting(config.db);
          try {
            const projects = o.project === undefined ? await auditProjects(store.db) : [o.project];
            for (const projectId of projects) {
              const v = await verifyAuditChain(store.db, projectId);
              // The record named, when it is there to show (a removed one is not).
              const row =
                v.first_bad &&
                (await store.db
                  .selectFrom('audit_records')
                  .select(['operation', 'time'])
                  .where('project_id', '=', projectId)
                  .where('seq', '=', v.first_bad.seq)
                  .executeTakeFirst());
              results.push({ project_id: projectId, ...v, ...(row ? { at: row } : {}) });
            }
          } finally {
            await store.close();
          }
        } catch (err) {
          throw storeFailure(err);
        }
        const ok = results.every((r) => r.ok);
        if (ctx.out.json) {
          ctx.out.document({ ok, store: redactUrl(config.db), projects: results });
        } else {
          ctx.out.table(
            ['PROJECT', 'RECORDS', 'RESULT'],
            results.map((r) => [
              r.project_id === '' ? "'' (unknown projects)" : r.project_id,
              r.checked,
              r.ok
                ? ctx.out.paint('green', 'ok')
                : ctx.out.paint(
                    'red',
                    `first bad record: seq ${r.first_bad!.seq} (${r.first_bad!.reason})${r.at ? ` ${r.at.operation} at ${r.at.time}` : ''}`,
                  ),
            ]),
          );
        }
        const bad = results.find((r) => !r.ok);
        if (bad) {
          const b = bad.first_bad!;
          process.stderr.write(`archgate: the audit chain of project '${bad.project_id}' breaks at seq ${b.seq}: ${b.reason}\n`);
          return EXIT.PARTIAL;
        }
        return EXIT.OK;
      }),
    );
}
