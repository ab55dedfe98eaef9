import { randomUUID } from 'node:crypto';
import { Option, type Command } from 'commander';
import { APPROVAL_STATUSES, APPROVAL_TYPES, BIZ_TYPES } from '../domain/enums.js';
import { act, chunks, example, list, type Ctx } from './context.js';
import { EXIT, usage } from './errors.js';
import { readAll, type Wire } from './http.js';
import { confirm } from './prompt.js';
import { once, report } from './submit.js';

interface Filters {
  bizId?: string;
  name?: string;
  createBy?: string;
  approver?: string;
  status?: string;
  statusDetail?: string;
  type?: string;
  bizType?: string;
  begin?: string;
  end?: string;
}

const query = (o: Filters) => ({
  biz_id: o.bizId,
  name: o.name,
  create_by: o.createBy,
  approver: o.approver,
  approval_status: o.status,
  approval_status_detail: o.statusDetail,
  approval_type: o.type,
  biz_type: o.bizType,
  begin_time: o.begin,
  end_time: o.end,
});

function filters(cmd: Command, pendingOnly = false): Command {
  cmd
    .option('--biz-id <id>', 'applications for this object')
    .option('--name <text>', 'object name contains this text')
    .option('--create-by <user>', 'submitted by this user')
    .option('--approver <user>', 'assigned to this reviewer')
    .addOption(new Option('--type <type>', 'PUBLISH or OFFLINE').choices(APPROVAL_TYPES))
    .addOption(new Option('--biz-type <type>', "the object's business type").choices(BIZ_TYPES));
  if (!pendingOnly) {
    cmd
      .addOption(new Option('--status <status>', 'DEVELOPING (pending) or FINISHED').choices(['DEVELOPING', 'FINISHED']))
      .addOption(new Option('--status-detail <status>', 'one exact status').choices(APPROVAL_STATUSES.filter((s) => s !== 'WITHDREW')))
      .option('--begin <time>', 'submitted from (UTC, yyyy-mm-ddTHH:MM:SSZ; with --end)')
      .option('--end <time>', 'submitted until (UTC; with --begin)');
  }
  return cmd;
}

/**
 * The ids given, or with --all-pending every pending application matching the filters (after a confirmation).
 * null when the confirmation is refused: nothing is done, and the command exits 2 (as offline --impact does).
 */
async function pickIds(
  ctx: Ctx,
  ids: string[],
  o: Filters & { allPending?: boolean; yes?: boolean },
  verb: string,
): Promise<string[] | null> {
  const given = list(ids);
  if (given.length && o.allPending) throw usage('give application ids or --all-pending, not both');
  if (given.length) return given;
  if (!o.allPending) throw usage(`name the applications to ${verb}: ids, or --all-pending`);
  const pending = await readAll(ctx.api, '/v2/{project_id}/design/approvals', { ...query(o), approval_status: 'DEVELOPING' }, 100);
  if (pending.length === 0) return [];
  if (
    !(await confirm(
      `${verb[0]!.toUpperCase()}${verb.slice(1)} ${pending.length} pending application${pending.length === 1 ? '' : 's'}?`,
      o.yes,
    ))
  ) {
    ctx.out.note('Nothing done.');
    return null;
  }
  return pending.map((a: Wire) => a.id);
}

export function registerApprovals(program: Command) {
  const approvals = program
    .command('approvals')
    .description('list, approve, reject and withdraw applications (cloud routes)')
    .addHelpText(
      'after',
      example('archgate approvals list --status DEVELOPING', 'archgate approvals approve 2126… --comment "looks good"'),
    );

  filters(approvals.command('list').description('list applications (SearchApprovals), filtered'))
    .option('--limit <n>', 'at most this many (1 to 100)', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--all', 'every match, page after page')
    .addHelpText(
      'after',
      example('archgate approvals list --status DEVELOPING --biz-type TABLE_MODEL', 'archgate approvals list --all --output json'),
    )
    .action(
      act(async (ctx, o: Filters & { limit: string; offset: string; all?: boolean }) => {
        let records: Wire[];
        let total: number;
        if (o.all) {
          records = await readAll(ctx.api, '/v2/{project_id}/design/approvals', query(o), 100);
          total = records.length;
        } else {
          const r = await ctx.api.call('GET', '/v2/{project_id}/design/approvals', {
            query: { ...query(o), limit: Number(o.limit), offset: Number(o.offset) },
          });
          records = r.body.data.value.records;
          total = r.body.data.value.total;
        }
        if (ctx.out.json) return ctx.out.document({ total, records });
        ctx.out.table(
          ['ID', 'TYPE', 'BIZ_TYPE', 'NAME', 'STATUS', 'BY', 'APPROVER', 'SUBMITTED', 'COMMENT'],
          records.map((a) => [
            a.id,
            a.approval_type,
            a.biz_type,
            a.name_en,
            ctx.out.status(a.approval_status),
            a.create_by,
            a.approver,
            a.submit_time,
            a.msg,
          ]),
        );
        ctx.out.note(`${records.length} of ${total}`);
      }),
    );

  for (const [name, actionId, verb] of [
    ['approve', 'resolve', 'approve'],
    ['reject', 'reject', 'reject'],
  ] as const) {
    filters(
      approvals
        .command(name)
        .argument('[ids...]', 'application ids (comma or space separated)')
        .description(`${verb} applications (ConfirmApprovals action-id=${actionId}), with a comment`),
      true,
    )
      .option('--comment <text>', "the reviewer's comment (at most 500 characters)", name === 'approve' ? 'Approved.' : 'Rejected.')
      .option('--all-pending', `${verb} every pending application that matches the filters (asks first)`)
      .option('-y, --yes', 'do not ask for confirmation')
      .addHelpText(
        'after',
        example(
          `archgate approvals ${name} 2126400015133708288 --comment "${name === 'approve' ? 'ok for prod' : 'missing owner'}"`,
          `archgate approvals ${name} --all-pending --biz-type TABLE_MODEL --yes`,
        ),
      )
      .action(
        act(async (ctx, ids: string[], o: Filters & { comment: string; allPending?: boolean; yes?: boolean }) => {
          const chosen = await pickIds(ctx, ids, o, verb);
          if (chosen === null) return EXIT.USAGE;
          if (chosen.length === 0) {
            if (ctx.out.json)
              ctx.out.document({ operation: 'APPROVAL', batches: [], items: [], totals: { total: 0, success: 0, failed: 0, running: 0 } });
            else ctx.out.line('No applications: nothing to do.');
            return EXIT.OK;
          }
          const base = randomUUID();
          const results: Wire[] = [];
          for (const [i, part] of chunks(chosen, 1000).entries()) {
            const key = `${base}-${i + 1}`;
            const r = await once(
              () =>
                ctx.api.call('PUT', '/v2/{project_id}/design/approvals/action', {
                  query: { 'action-id': actionId },
                  body: { ids: part, msg: o.comment },
                  headers: { 'idempotency-key': key },
                }),
              key,
              base,
            );
            results.push({ ...r.body.data.value, idempotency_key: key });
          }
          return report(ctx, 'APPROVAL', results);
        }),
      );
  }

  filters(
    approvals
      .command('withdraw')
      .argument('[ids...]', 'application ids (comma or space separated)')
      .description('withdraw pending applications (RollbackApproval): the objects go back to their status before submission'),
    true,
  )
    .option('--all-pending', 'withdraw every pending application that matches the filters (asks first)')
    .option('-y, --yes', 'do not ask for confirmation')
    .addHelpText(
      'after',
      example('archgate approvals withdraw 2126400015133708288', 'archgate approvals withdraw --all-pending --create-by alice --yes'),
    )
    .action(
      act(async (ctx, ids: string[], o: Filters & { allPending?: boolean; yes?: boolean }) => {
        const chosen = await pickIds(ctx, ids, o, 'withdraw');
        if (chosen === null) return EXIT.USAGE;
        let withdrawn = 0;
        const base = randomUUID();
        for (const [i, part] of chunks(chosen, 100).entries()) {
          const key = `${base}-${i + 1}`;
          const r = await once(
            () =>
              ctx.api.call('PUT', '/v2/{project_id}/design/approvals', {
                query: { ids: part.join(',') },
                headers: { 'idempotency-key': key },
              }),
            key,
            base,
          );
          withdrawn += Number(r.body.data.value);
        }
        if (ctx.out.json) ctx.out.document({ withdrawn });
        else ctx.out.line(`${withdrawn} application${withdrawn === 1 ? '' : 's'} withdrawn`);
      }),
    );
}
