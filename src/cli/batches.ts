import { Option, type Command } from 'commander';
import { OPERATION_STATUSES } from '../domain/enums.js';
import { act, example, type Ctx } from './context.js';
import { EXIT, usage } from './errors.js';
import type { Wire } from './http.js';

async function readBatch(ctx: Ctx, id: string): Promise<Wire> {
  if (!/^\d+$/.test(id)) throw usage(`"${id}" is not a batch (group) id`);
  const r = await ctx.api.call('GET', '/archgate/v1/{project_id}/batches/{group_id}', { path: { group_id: id } });
  return r.body.data.value;
}

const processed = (b: Wire) => (b.groups ?? []).filter((g: Wire) => g.operation_status !== 'RUNNING').length;

function show(ctx: Ctx, b: Wire) {
  if (ctx.out.json) return ctx.out.document(b);
  ctx.out.pairs([
    ['batch', b.group_id],
    ['operation', b.operation_type],
    ['status', ctx.out.status(b.operation_status)],
    ['by', b.create_by],
    ['total', b.total],
    ['success', b.success],
    ['failed', b.failed],
    ['rate', b.rate],
  ]);
  const groups: Wire[] = b.groups ?? [];
  if (groups.length) {
    ctx.out.line();
    ctx.out.table(
      ['BIZ_ID', 'NAME', 'STATUS', 'REMARK'],
      groups.map((g) => [g.biz_id, g.biz_name, ctx.out.status(g.operation_status), g.remark]),
    );
  }
}

export function registerBatches(program: Command) {
  const batches = program
    .command('batches')
    .description('read batches (archgate extension): list, show, and watch a scheduled or running one')
    .addHelpText('after', example('archgate batches list --status RUNNING', 'archgate batches watch 2126400014907215872'));

  batches
    .command('list')
    .description('list batches, newest first')
    .addOption(new Option('--type <type>', 'PUBLISH, OFFLINE or APPROVAL').choices(['PUBLISH', 'OFFLINE', 'APPROVAL']))
    .addOption(new Option('--status <status>', 'RUNNING (scheduled), SUCCESS or FAILED').choices(OPERATION_STATUSES))
    .option('--create-by <user>', 'submitted by this user')
    .option('--limit <n>', 'at most this many (1 to 100)', '50')
    .option('--offset <n>', 'skip this many', '0')
    .addHelpText('after', example('archgate batches list --type OFFLINE --status FAILED', 'archgate batches list --output json'))
    .action(
      act(async (ctx, o: { type?: string; status?: string; createBy?: string; limit: string; offset: string }) => {
        const r = await ctx.api.call('GET', '/archgate/v1/{project_id}/batches', {
          query: {
            operation_type: o.type,
            operation_status: o.status,
            create_by: o.createBy,
            limit: Number(o.limit),
            offset: Number(o.offset),
          },
        });
        const v = r.body.data.value;
        if (ctx.out.json) return ctx.out.document(v);
        ctx.out.table(
          ['BATCH', 'OPERATION', 'STATUS', 'TOTAL', 'SUCCESS', 'FAILED', 'RATE', 'BY'],
          v.records.map((b: Wire) => [
            b.group_id,
            b.operation_type,
            ctx.out.status(b.operation_status),
            b.total,
            b.success,
            b.failed,
            b.rate,
            b.create_by,
          ]),
        );
        ctx.out.note(`${v.records.length} of ${v.total}`);
      }),
    );

  batches
    .command('show')
    .argument('<group-id>', "the batch's group id")
    .description('show a batch and its items')
    .addHelpText(
      'after',
      example('archgate batches show 2126400014907215872', 'archgate batches show 2126400014907215872 --output json | jq .groups'),
    )
    .action(
      act(async (ctx, id: string) => {
        const b = await readBatch(ctx, id);
        show(ctx, b);
        return b.operation_status === 'FAILED' ? EXIT.PARTIAL : EXIT.OK;
      }),
    );

  batches
    .command('watch')
    .argument('<group-id>', "the batch's group id")
    .description('wait for a scheduled or running batch to end, with a live progress bar on a terminal, then show it')
    .option('--interval <ms>', 'how often to look', '1000')
    .option('--timeout <s>', 'give up after this many seconds (0: never)', '0')
    .addHelpText(
      'after',
      example(
        'archgate batches watch 2126400014907215872',
        'archgate batches watch 2126400014907215872 --interval 200 --timeout 3600 --output json',
      ),
    )
    .action(
      act(async (ctx, id: string, o: { interval: string; timeout: string }) => {
        const interval = Math.max(50, Number(o.interval) || 1000);
        const deadline = Number(o.timeout) > 0 ? Date.now() + Number(o.timeout) * 1000 : Infinity;
        let b = await readBatch(ctx, id);
        const bar = ctx.out.bar(b.total || 1, 'items');
        try {
          while (b.operation_status === 'RUNNING') {
            bar.update(processed(b));
            if (Date.now() > deadline) {
              bar.stop();
              ctx.out.note(`batch ${id} still running after ${o.timeout} s`);
              show(ctx, b);
              return EXIT.PARTIAL;
            }
            await new Promise((r) => setTimeout(r, interval));
            b = await readBatch(ctx, id);
          }
          bar.update(b.total || 1);
        } finally {
          bar.stop();
        }
        show(ctx, b);
        return b.operation_status === 'FAILED' ? EXIT.PARTIAL : EXIT.OK;
      }),
    );
}
