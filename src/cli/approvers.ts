import type { Command } from 'commander';
import { act, example, list } from './context.js';
import { usage } from './errors.js';
import { readAll, type Wire } from './http.js';

export function registerApprovers(program: Command) {
  const approvers = program
    .command('approvers')
    .description("list, add and remove the workspace's reviewers (cloud routes)")
    .addHelpText('after', example('archgate approvers list', 'archgate approvers add --user alice --email alice@example.com'));

  approvers
    .command('list')
    .description('list the reviewers (ListApprovers)')
    .option('--name <approver-name>', 'only this approver name (exact)')
    .addHelpText('after', example('archgate approvers list', 'archgate approvers list --output json'))
    .action(
      act(async (ctx, o: { name?: string }) => {
        const records = await readAll(ctx.api, '/v2/{project_id}/design/approvals/users', { approver_name: o.name }, 100);
        if (ctx.out.json) return ctx.out.document({ total: records.length, records });
        ctx.out.table(
          ['ID', 'APPROVER', 'USER', 'USER_ID', 'EMAIL', 'CREATED'],
          records.map((a: Wire) => [a.id, a.approver_name, a.user_name, a.user_id, a.email, a.create_time]),
        );
      }),
    );

  approvers
    .command('add')
    .description('register a user as a reviewer (CreateApprover); the user must be an admin or developer of the workspace')
    .option('--user <name>', "the user's name (looked up in IAM)")
    .option('--user-id <id>', "the user's IAM id (no look-up; works on the cloud)")
    .option('--approver-name <name>', 'the name shown for the reviewer (default: the user name)')
    .option('--email <address>', "the reviewer's e-mail")
    .option('--phone <number>', "the reviewer's phone number")
    .addHelpText(
      'after',
      example(
        'archgate approvers add --user alice',
        'archgate approvers add --user-id 0f3c… --approver-name "Alice (DBA)" --email alice@example.com',
      ),
    )
    .action(
      act(async (ctx, o: { user?: string; userId?: string; approverName?: string; email?: string; phone?: string }) => {
        let userId = o.userId;
        const userName = o.user;
        if (!userId) {
          if (!userName) throw usage('name the user: --user NAME or --user-id ID');
          const r = await ctx.api.call('GET', '/v3/users', { query: { name: userName }, workspace: false });
          const u = (r.body.users as Wire[]).find((x) => x.name === userName);
          if (!u) throw usage(`no IAM user named "${userName}"`);
          userId = u.id;
        }
        const approverName = o.approverName ?? userName ?? userId!;
        const r = await ctx.api.call('POST', '/v2/{project_id}/design/approvals/users', {
          body: {
            approver_name: approverName,
            user_id: userId,
            ...(o.email ? { email: o.email } : {}),
            ...(o.phone ? { phone_number: o.phone } : {}),
            email_notify: Boolean(o.email),
            sms_notify: Boolean(o.phone),
            app_name: 'archgate-cli',
          },
        });
        const a = r.body.data.value;
        if (ctx.out.json) return ctx.out.document(a);
        ctx.out.line(`${a.user_name ?? approverName} is a reviewer (approver id ${a.id})`);
      }),
    );

  approvers
    .command('remove')
    .argument('[approver-ids...]', 'approver record ids (not user ids)')
    .description('remove reviewers (DeleteApprover); their pending applications stay, orphaned')
    .option('--user <name>', 'remove the reviewer of this user name')
    .addHelpText('after', example('archgate approvers remove 10002', 'archgate approvers remove --user alice'))
    .action(
      act(async (ctx, ids: string[], o: { user?: string }) => {
        const chosen = list(ids);
        if (o.user) {
          const all = await readAll(ctx.api, '/v2/{project_id}/design/approvals/users', {}, 100);
          const a = all.find((x: Wire) => x.user_name === o.user || x.approver_name === o.user);
          if (!a) throw usage(`"${o.user}" is not a reviewer of the workspace`);
          chosen.push(a.id);
        }
        if (chosen.length === 0) throw usage('name the reviewers: approver ids or --user NAME');
        const r = await ctx.api.call('DELETE', '/v2/{project_id}/design/approvals/users', { query: { approver_ids: chosen.join(',') } });
        const removed = Number(r.body.data.value);
        if (ctx.out.json) return ctx.out.document({ removed, approver_ids: chosen });
        ctx.out.line(`${removed} reviewer${removed === 1 ? '' : 's'} removed`);
      }),
    );
}
