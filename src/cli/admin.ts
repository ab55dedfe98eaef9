import { hostname, userInfo } from 'node:os';
import type { Command } from 'commander';
import { DomainError } from '../domain/errors.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../domain/iam-policy.js';
import { systemClock } from '../domain/time.js';
import { TestClock } from '../jobs/test-clock.js';
import { openStore } from '../store/db.js';
import { LOCAL_ADMIN_CLI, resetPasswordLocally } from '../usecases/iam-users.js';
import { act, example } from './context.js';
import { usage } from './errors.js';
import { askHidden, interactive, readStdin } from './prompt.js';
import { DB_OPTION, storeConfig, storeFailure } from './store-access.js';

const POLICY = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters of at least two kinds (lower case, upper case, digits, others)`;

/** Who ran it, as this machine knows them: for the audit record, since no credential names them. */
function operator(): string {
  let name = process.env.USER ?? '';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry for this uid (a container): the environment's name, if any.
  }
  return `${name || 'unknown'}@${hostname()}`;
}

async function newPassword(o: { passwordStdin?: boolean; generate?: boolean }): Promise<string | undefined> {
  if (o.passwordStdin && o.generate) throw usage('--password-stdin and --generate exclude each other');
  if (o.generate) return undefined;
  if (o.passwordStdin) return readStdin();
  if (!interactive()) throw usage('--password-stdin or --generate is required when standard input is not a terminal');
  const pw = await askHidden('New password', '--password-stdin');
  if ((await askHidden('Again', '--password-stdin')) !== pw) throw usage('the two passwords differ; nothing changed');
  return pw;
}

/**
 * `archgate admin reset-password USER`: the way back when every administrator's password is lost. It
 * opens the store itself, since no one can log in to ask the server; being able to open the store on
 * the server's machine is the authority it needs.
 */
export function registerAdmin(program: Command) {
  const admin = program.command('admin').description('administration on the server machine, through the store itself');
  admin
    .command('reset-password')
    .argument('<user>', 'the IAM user name')
    .description(
      'set a new password for USER (of ARCHGATE_DOMAIN unless --domain), revoking its tokens and access keys and lifting its lockout; audited as local:admin-cli',
    )
    .option(...DB_OPTION)
    .option('--domain <name>', 'the user’s domain (default ARCHGATE_DOMAIN, else archgate)')
    .option('--password-stdin', 'read the new password from standard input instead of asking')
    .option('--generate', 'generate the new password and print it once')
    .addHelpText(
      'after',
      example(
        'archgate admin reset-password admin',
        'printf %s "$NEW_PW" | archgate admin reset-password admin --password-stdin --db sqlite:/var/lib/archgate/archgate.db',
        'archgate admin reset-password alice --generate',
      ),
    )
    .action(
      act(async (ctx, user: string, o: { db?: string; domain?: string; passwordStdin?: boolean; generate?: boolean }) => {
        const config = storeConfig(o.db);
        const password = await newPassword(o);
        const domain = o.domain ?? config.domain;
        let r: Awaited<ReturnType<typeof resetPasswordLocally>>;
        try {
          const store = await openStore(config.db);
          try {
            // The server's test clock, when it runs one, dates the audit record as its own records are.
            const testClock = config.clock === 'test' ? new TestClock(store) : undefined;
            await testClock?.refresh();
            r = await resetPasswordLocally(
              { store, config, clock: testClock ?? systemClock },
              { domain, userName: user, password, operator: operator() },
            );
          } finally {
            await store.close();
          }
        } catch (err) {
          if (err instanceof DomainError && err.key === 'IAM_NOT_FOUND')
            throw usage(`there is no user ${user} in domain ${domain} (--domain names another)`);
          if (err instanceof DomainError && err.key === 'IAM_BAD_REQUEST')
            throw usage(`the password does not meet the policy: ${POLICY}; nothing changed`);
          throw storeFailure(err);
        }
        const doc = {
          user: r.user.name,
          user_id: r.user.id,
          domain,
          credentials_revoked: true,
          audited_as: LOCAL_ADMIN_CLI,
          audit_projects: r.projects,
          ...(r.generated ? { password: r.generated } : {}),
        };
        if (ctx.out.json) return ctx.out.document(doc);
        ctx.out.pairs([
          ['user', `${r.user.name} (${r.user.id})`],
          ['domain', domain],
          ['revoked', 'every token and access key of the user'],
          ['audited', `as ${LOCAL_ADMIN_CLI} in project ${r.projects.join(', ') || '(none)'}`],
          ...(r.generated ? ([['password', r.generated]] as [string, string][]) : []),
        ]);
        if (r.generated) ctx.out.line(ctx.out.paint('yellow', 'The password is shown once: store it now.'));
      }),
    );
}
