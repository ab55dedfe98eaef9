import type { Command } from 'commander';
import { Api, type Wire } from './http.js';
import { configPath, profileName, readConfigFile, saveProfile, type Profile } from './profiles.js';
import { ask, askHidden, readStdin } from './prompt.js';
import { act, example, type Ctx } from './context.js';
import { usage } from './errors.js';

const HEX32 = /^[0-9a-f]{32}$/;

/** The first workspace of a project (extension route), when none is named. */
async function pickWorkspace(ctx: Ctx, api: Api, projectId: string): Promise<string> {
  const r = await api.call('GET', '/archgate/v1/{project_id}/workspaces', { path: { project_id: projectId }, workspace: false });
  const records: Wire[] = r.body.data.value.records;
  if (records.length === 0) throw usage(`project ${projectId} has no workspace; name one with --workspace`);
  if (records.length > 1)
    ctx.out.note(`project has ${records.length} workspaces; using ${records[0].name} (${records[0].id}); pick another with --workspace`);
  return records[0].id;
}

export function registerLogin(program: Command) {
  program
    .command('login')
    .description('log in with a user name and password and store a token profile (a token lasts 24 hours)')
    .option('--endpoint <url>', "archgate's address (asked when omitted)")
    .option('--domain <name>', 'the IAM domain (account) name (asked when omitted)')
    .option('--user <name>', 'the user name (asked when omitted)')
    .option('--password-stdin', 'read the password from standard input (for scripts) instead of asking')
    .option('--project <id-or-name>', 'the project, by id or name', undefined)
    .option('--workspace <id>', "the workspace id (default: the project's first workspace)")
    .addHelpText(
      'after',
      example(
        'archgate login',
        'printf %s "$PW" | archgate login --endpoint http://127.0.0.1:8080 --domain archgate --user admin --password-stdin',
        'archgate login --profile prod --endpoint https://archgate.example.com',
      ),
    )
    .action(
      act(
        async (
          ctx,
          o: { endpoint?: string; domain?: string; user?: string; passwordStdin?: boolean; project?: string; workspace?: string },
        ) => {
          const name = profileName(ctx.globals.profile);
          const old: Partial<Profile> = readConfigFile().profiles[name] ?? {};
          const endpoint = (o.endpoint ?? (await ask('Endpoint', old.endpoint ?? 'http://127.0.0.1:8080', '--endpoint'))).replace(
            /\/+$/,
            '',
          );
          const domain = o.domain ?? (await ask('Domain', old.domain ?? 'archgate', '--domain'));
          const user = o.user ?? (await ask('User', old.user_name, '--user'));
          const password = o.passwordStdin ? await readStdin() : await askHidden('Password', '--password-stdin');
          if (!user || !password) throw usage('a user name and a password are needed');
          const project = o.project ?? old.project_id ?? 'archgate';
          const api = new Api(endpoint, '', '');
          const r = await api.call('POST', '/v3/auth/tokens', {
            workspace: false,
            body: {
              auth: {
                identity: { methods: ['password'], password: { user: { name: user, password, domain: { name: domain } } } },
                scope: { project: HEX32.test(project) ? { id: project } : { name: project } },
              },
            },
          });
          const token = r.headers.get('x-subject-token');
          if (!token) throw usage('the server answered without X-Subject-Token');
          const t: Wire = r.body.token;
          const projectId: string = t.project.id;
          const authed = new Api(endpoint, projectId, '', { token });
          const workspaceId =
            o.workspace ?? (old.project_id === projectId ? old.workspace_id : undefined) ?? (await pickWorkspace(ctx, authed, projectId));
          const profile: Profile = {
            endpoint,
            project_id: projectId,
            workspace_id: workspaceId,
            domain,
            user_name: t.user.name,
            user_id: t.user.id,
            token,
            token_expires_at: t.expires_at,
          };
          const path = saveProfile(name, profile);
          if (ctx.out.json)
            ctx.out.document({
              profile: name,
              config: path,
              endpoint,
              project_id: projectId,
              workspace_id: workspaceId,
              user: t.user.name,
              user_id: t.user.id,
              expires_at: t.expires_at,
            });
          else
            ctx.out.line(
              `Logged in to ${endpoint} as ${t.user.name} (project ${projectId}, workspace ${workspaceId}); token valid until ${t.expires_at}; profile "${name}" saved in ${path}`,
            );
        },
      ),
    );

  program
    .command('configure')
    .description('store an access key (AK/SK) profile: every call is then signed with SDK-HMAC-SHA256, as the cloud requires')
    .requiredOption('--ak <access-key>', 'the access key id')
    .option('--sk-stdin', 'read the secret key from standard input (otherwise it is asked, hidden)')
    .option('--endpoint <url>', "archgate's address, or the cloud's https://dayu.{region}.myhuaweicloud.com")
    .option('--project-id <id>', 'the project id')
    .option('--workspace <id>', "the workspace id (default: the project's first workspace, archgate only)")
    .option('--security-token <token>', 'the security token of a temporary access key')
    .option('--no-verify', 'store without checking the key against the endpoint')
    .addHelpText(
      'after',
      example(
        'printf %s "$SK" | archgate configure --profile ci --ak "$AK" --sk-stdin --endpoint http://127.0.0.1:8080 --project-id "$P" --workspace "$W"',
        'archgate configure --profile cloud --ak "$AK" --sk-stdin --endpoint https://dayu.cn-north-4.myhuaweicloud.com --project-id "$P" --workspace "$W" < sk.txt',
      ),
    )
    .action(
      act(
        async (
          ctx,
          o: {
            ak: string;
            skStdin?: boolean;
            endpoint?: string;
            projectId?: string;
            workspace?: string;
            securityToken?: string;
            verify: boolean;
          },
        ) => {
          const name = profileName(ctx.globals.profile);
          const old: Partial<Profile> = readConfigFile().profiles[name] ?? {};
          const endpoint = (o.endpoint ?? (await ask('Endpoint', old.endpoint ?? 'http://127.0.0.1:8080', '--endpoint'))).replace(
            /\/+$/,
            '',
          );
          const projectId = o.projectId ?? (await ask('Project id', old.project_id, '--project-id'));
          const sk = o.skStdin ? await readStdin() : await askHidden('Secret key', '--sk-stdin');
          if (!projectId || !sk) throw usage('a project id and a secret key are needed');
          const credentials = { ak: o.ak, sk, projectId, ...(o.securityToken ? { securityToken: o.securityToken } : {}) };
          let workspaceId = o.workspace ?? old.workspace_id;
          if (!workspaceId) workspaceId = await pickWorkspace(ctx, new Api(endpoint, projectId, '', credentials), projectId);
          if (o.verify) {
            // A cloud route: proves the key signs correctly, here or on the cloud.
            await new Api(endpoint, projectId, workspaceId, credentials).call('GET', '/v2/{project_id}/design/approvals/users', {
              query: { limit: 1 },
            });
          }
          const profile: Profile = {
            endpoint,
            project_id: projectId,
            workspace_id: workspaceId,
            ak: o.ak,
            sk,
            ...(o.securityToken ? { security_token: o.securityToken } : {}),
          };
          const path = saveProfile(name, profile);
          if (ctx.out.json)
            ctx.out.document({
              profile: name,
              config: path,
              endpoint,
              project_id: projectId,
              workspace_id: workspaceId,
              ak: o.ak,
              verified: o.verify,
            });
          else ctx.out.line(`Access key ${o.ak} stored in profile "${name}" (${path})${o.verify ? '; it signs correctly' : ''}`);
        },
      ),
    );

  program
    .command('profiles')
    .description('list the stored profiles (secrets are not shown)')
    .addHelpText('after', example('archgate profiles', 'archgate profiles --output json'))
    .action(
      act(async (ctx) => {
        const cfg = readConfigFile();
        const rows = Object.entries(cfg.profiles).map(([n, p]) => ({
          name: n,
          default: n === (cfg.default_profile ?? 'default'),
          endpoint: p.endpoint,
          kind: p.ak ? 'aksk' : 'token',
          user: p.user_name ?? p.ak ?? '',
          project_id: p.project_id,
          workspace_id: p.workspace_id,
        }));
        if (ctx.out.json) return ctx.out.document({ config: configPath(), profiles: rows });
        ctx.out.table(
          ['NAME', 'KIND', 'ENDPOINT', 'USER/AK', 'PROJECT', 'WORKSPACE'],
          rows.map((r) => [r.default ? `${r.name}*` : r.name, r.kind, r.endpoint, r.user, r.project_id, r.workspace_id]),
        );
      }),
    );
}
