import type { Command } from 'commander';
import { act, example } from './context.js';
import { usage } from './errors.js';
import type { Wire } from './http.js';
import { saveProfile } from './profiles.js';

export function registerKeys(program: Command) {
  const keys = program
    .command('keys')
    .description('your permanent access keys (IAM credentials API): create, list, delete')
    .addHelpText('after', example('archgate keys create --write-profile ci', 'archgate keys list'));

  const userIdOf = (ctxUser: string | undefined, flag: string | undefined) => {
    const id = flag ?? ctxUser;
    if (!id) throw usage('this profile does not know its user id: pass --user-id');
    return id;
  };

  keys
    .command('create')
    .description('create an access key; its secret key (SK) is printed once and never again')
    .option('--description <text>', 'what the key is for')
    .option('--user-id <id>', "the user (default: the profile's user)")
    .option('--write-profile <name>', 'also store the key as an AK/SK profile of that name (same endpoint, project and workspace)')
    .addHelpText(
      'after',
      example(
        'archgate keys create --description "nightly job"',
        'archgate keys create --write-profile ci && archgate --profile ci approvals list',
      ),
    )
    .action(
      act(async (ctx, o: { description?: string; userId?: string; writeProfile?: string }) => {
        const p = ctx.profile;
        const r = await ctx.api.call('POST', '/v3.0/OS-CREDENTIAL/credentials', {
          workspace: false,
          body: { credential: { user_id: userIdOf(p.userId, o.userId), description: o.description ?? 'created by the archgate command' } },
        });
        const c: Wire = r.body.credential;
        let path: string | undefined;
        if (o.writeProfile) {
          path = saveProfile(o.writeProfile, {
            endpoint: p.endpoint,
            project_id: p.projectId,
            workspace_id: p.workspaceId,
            user_name: p.userName,
            user_id: c.user_id,
            ak: c.access,
            sk: c.secret,
          });
        }
        if (ctx.out.json) return ctx.out.document({ ...c, ...(o.writeProfile ? { profile: o.writeProfile, config: path } : {}) });
        ctx.out.pairs([
          ['access key', c.access],
          ['secret key', c.secret],
          ['user id', c.user_id],
          ['created', c.create_time],
        ]);
        ctx.out.line(ctx.out.paint('yellow', 'The secret key is shown once: store it now.'));
        if (path) ctx.out.line(`Stored as profile "${o.writeProfile}" in ${path}`);
      }),
    );

  keys
    .command('list')
    .description('list access keys (never their secrets)')
    .option('--user-id <id>', "the user (default: the profile's user)")
    .addHelpText('after', example('archgate keys list', 'archgate keys list --output json'))
    .action(
      act(async (ctx, o: { userId?: string }) => {
        const r = await ctx.api.call('GET', '/v3.0/OS-CREDENTIAL/credentials', {
          workspace: false,
          query: { user_id: userIdOf(ctx.profile.userId, o.userId) },
        });
        const records: Wire[] = r.body.credentials;
        if (ctx.out.json) return ctx.out.document({ credentials: records });
        ctx.out.table(
          ['ACCESS KEY', 'STATUS', 'CREATED', 'DESCRIPTION'],
          records.map((c) => [c.access, c.status, c.create_time, c.description]),
        );
      }),
    );

  keys
    .command('delete')
    .argument('<access-key>', 'the access key id')
    .description('delete an access key')
    .addHelpText('after', example('archgate keys delete HPUAXXXXXXXXXXXXXXXX'))
    .action(
      act(async (ctx, ak: string) => {
        await ctx.api.call('DELETE', '/v3.0/OS-CREDENTIAL/credentials/{access_key}', { workspace: false, path: { access_key: ak } });
        if (ctx.out.json) return ctx.out.document({ deleted: ak });
        ctx.out.line(`access key ${ak} deleted`);
      }),
    );
}
