import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { BIZ_STATUSES, BIZ_TYPES } from '../domain/enums.js';
import { act, chunks, collect, example, list, type Ctx } from './context.js';
import { CliError, EXIT, usage } from './errors.js';
import { readAll, type Wire } from './http.js';
import { confirm } from './prompt.js';

/** The server takes at most this many objects per batch; larger sets are split. */
export const MAX_BATCH = 10_000;

interface BizInfo {
  biz_id: string;
  biz_type: string;
}

interface SubmitOptions {
  ids?: string[];
  file?: string;
  bizType?: string;
  status?: string;
  name?: string;
  fast?: boolean;
  approver?: string;
  schedule?: string;
  cascade?: boolean;
  impact?: boolean;
  yes?: boolean;
  batchSize: string;
  idempotencyKey?: string;
}

/** The objects named by --ids, --file, or the filter. */
async function selectObjects(ctx: Ctx, o: SubmitOptions): Promise<BizInfo[]> {
  const ids = list(o.ids);
  const fromFile: BizInfo[] = [];
  if (o.file) {
    let text: string;
    try {
      text = readFileSync(o.file, 'utf8');
    } catch (err) {
      throw usage(`cannot read ${o.file}: ${(err as Error).message}`);
    }
    text.split('\n').forEach((raw, i) => {
      const l = raw.trim();
      if (!l || l.startsWith('#') || /^biz_id\b/.test(l)) return;
      if (l.startsWith('{')) {
        try {
          const j = JSON.parse(l);
          fromFile.push({ biz_id: String(j.biz_id ?? j.id), biz_type: j.biz_type ?? o.bizType });
          return;
        } catch {
          throw usage(`${o.file} line ${i + 1}: not JSON`);
        }
      }
      const [id, type] = l.split(/[,\s]+/);
      if (!/^\d+$/.test(id!)) throw usage(`${o.file} line ${i + 1}: "${id}" is not an object id`);
      fromFile.push({ biz_id: id!, biz_type: type ?? o.bizType ?? '' });
    });
  }
  const named = [...ids.map((biz_id) => ({ biz_id, biz_type: o.bizType ?? '' })), ...fromFile];
  if (named.length) {
    for (const n of named) if (!/^\d+$/.test(n.biz_id)) throw usage(`"${n.biz_id}" is not an object id`);
    // Ids without a type: read each object once (archgate extension); with --biz-type none is read.
    const missing = named.filter((n) => !n.biz_type);
    for (const part of chunks(missing, 16)) {
      await Promise.all(
        part.map(async (n) => {
          const r = await ctx.api.call('GET', '/archgate/v1/{project_id}/objects/{id}', { path: { id: n.biz_id } });
          n.biz_type = r.body.data.value.biz_type;
        }),
      );
    }
    const seen = new Set<string>();
    return named.filter((n) => {
      if (seen.has(n.biz_id)) return false;
      seen.add(n.biz_id);
      return true;
    });
  }
  if (!o.bizType && !o.status && !o.name) throw usage('name the objects: --ids, --file, or a filter (--biz-type, --status, --name)');
  const records = await readAll(
    ctx.api,
    '/archgate/v1/{project_id}/objects',
    { biz_type: o.bizType, status: o.status, name: o.name },
    1000,
  );
  return records.map((r: Wire) => ({ biz_id: r.id, biz_type: r.biz_type }));
}

/** The approver: --approver (user name, approver name or user id), else the profile's user, else the only one. */
export async function resolveApprover(ctx: Ctx, wanted?: string): Promise<{ user_id: string; user_name: string }> {
  const approvers = await readAll(ctx.api, '/v2/{project_id}/design/approvals/users', {}, 100);
  const pick = (w: string) => approvers.find((a: Wire) => a.user_name === w || a.approver_name === w || a.user_id === w);
  let a: Wire;
  if (wanted) {
    a = pick(wanted);
    if (!a)
      throw usage(
        `"${wanted}" is not a registered approver of the workspace (approvers: ${approvers.map((x: Wire) => x.user_name).join(', ') || 'none'}); add one with archgate approvers add`,
      );
  } else {
    const p = ctx.profile;
    a = (p.userName && pick(p.userName)) || (p.userId && pick(p.userId)) || (approvers.length === 1 ? approvers[0] : undefined);
    if (!a)
      throw usage(`name the approver with --approver USER (approvers: ${approvers.map((x: Wire) => x.user_name).join(', ') || 'none'})`);
  }
  return { user_id: a.user_id, user_name: a.user_name };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One call with its Idempotency-Key, retried with the same key when the connection drops: it runs at most once. */
export async function once(fn: () => Promise<Wire>, key: string, base: string): Promise<Wire> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof CliError) || err.exitCode !== EXIT.UNREACHABLE) throw err;
      if (attempt >= 3)
        throw new CliError(
          `${err.message}\n  batch ${key} may or may not have run: re-run with --idempotency-key ${base} to finish without doing anything twice`,
          EXIT.UNREACHABLE,
        );
      await sleep(500 * attempt);
    }
  }
}

interface TreeNode {
  biz_id: string;
  biz_type: string;
  name: string;
  status: string;
  children: TreeNode[];
}

function printTree(ctx: Ctx, nodes: TreeNode[], prefix = '', root = true) {
  nodes.forEach((n, i) => {
    const last = i === nodes.length - 1;
    const branch = root ? '' : last ? '└─ ' : '├─ ';
    ctx.out.line(
      `${prefix}${branch}${n.biz_type} ${ctx.out.paint('bold', n.name)} ${ctx.out.paint('dim', n.biz_id)} ${ctx.out.status(n.status)}`,
    );
    printTree(ctx, n.children, root ? '' : `${prefix}${last ? '   ' : '│  '}`, false);
  });
}

async function submit(ctx: Ctx, action: 'PUBLISH' | 'OFFLINE', o: SubmitOptions) {
  const size = Number(o.batchSize);
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH) throw usage(`--batch-size must be an integer from 1 to ${MAX_BATCH}`);
  if (o.schedule && !/^\d{2}_\d{2}$/.test(o.schedule)) throw usage('--schedule takes mm_hh, e.g. 30_18 for 18:30');
  const items = await selectObjects(ctx, o);
  const approver = await resolveApprover(ctx, o.approver);
  if (items.length === 0) {
    if (ctx.out.json)
      ctx.out.document({ operation: action, batches: [], items: [], totals: { total: 0, success: 0, failed: 0, running: 0 } });
    else ctx.out.line('No objects match: nothing to do.');
    return EXIT.OK;
  }
  const batches = chunks(items, size);
  const tokens: (string | undefined)[] = [];
  const impacts: Wire[] = [];
  if (o.impact) {
    for (const b of batches) {
      const r = await ctx.api.call('POST', '/archgate/v1/{project_id}/impact', { body: { action, biz_infos: b } });
      impacts.push(r.body.data.value);
      tokens.push(r.body.data.value.impact_token);
    }
    const closure = impacts.reduce((n, v) => n + v.closure.length, 0);
    const blocked = impacts.flatMap((v) => v.items.filter((it: Wire) => !it.passes));
    if (!ctx.out.json) {
      ctx.out.line(
        ctx.out.paint(
          'bold',
          `${action === 'OFFLINE' ? 'Dependants' : 'Prerequisites'} of ${items.length} object${items.length === 1 ? '' : 's'}:`,
        ),
      );
      for (const v of impacts) printTree(ctx, v.tree);
      for (const b of blocked) ctx.out.line(`${ctx.out.paint('yellow', 'blocked')} ${b.name}: ${b.remark}`);
      if (blocked.length && !o.cascade)
        ctx.out.line(`${blocked.length} would fail; --cascade takes their dependants ${action === 'OFFLINE' ? 'offline' : 'along'} too`);
    }
    const objects = (n: number) => `${n} object${n === 1 ? '' : 's'}`;
    const what = o.cascade ? `${objects(closure)} (${items.length} named, with their dependants)` : objects(items.length);
    if (!(await confirm(`${action === 'OFFLINE' ? 'Take' : 'Publish'} ${what}${action === 'OFFLINE' ? ' offline' : ''}?`, o.yes))) {
      ctx.out.note('Nothing done.');
      return EXIT.USAGE;
    }
  }

  const base = o.idempotencyKey ?? randomUUID();
  const route =
    action === 'PUBLISH' ? '/v2/{project_id}/design/approvals/batch-publish' : '/v2/{project_id}/design/approvals/batch-offline';
  const bar = ctx.out.bar(items.length, 'objects');
  const results: Wire[] = [];
  try {
    for (const [i, b] of batches.entries()) {
      const key = `${base}-${i + 1}`;
      const query: Record<string, string | boolean | undefined> = { from: 'standard' };
      if (action === 'OFFLINE') {
        query.cascade = o.cascade ? true : undefined;
        query.impact_token = tokens[i];
      }
      const body = {
        biz_infos: b,
        approver_user_id: approver.user_id,
        approver_user_name: approver.user_name,
        email: null,
        fast_approval: Boolean(o.fast),
        ...(o.schedule ? { schedule_time: o.schedule } : {}),
      };
      const r = await once(() => ctx.api.call('POST', route, { query, body, headers: { 'idempotency-key': key } }), key, base);
      results.push({ ...r.body.data.value, idempotency_key: key, replayed: r.headers.get('idempotent-replayed') === 'true' });
      bar.increment(b.length);
    }
  } finally {
    bar.stop();
  }
  return report(ctx, action, results, impacts);
}

/** The per-item result: failed items with their remarks, then the totals. Exit 1 when any item failed. */
export function report(ctx: Ctx, operation: string, results: Wire[], impacts: Wire[] = []) {
  const groups: Wire[] = results.flatMap((r) => r.groups ?? []);
  const failed = groups.filter((g) => g.operation_status === 'FAILED');
  const totals = {
    total: results.reduce((n, r) => n + r.total, 0),
    success: results.reduce((n, r) => n + r.success, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
    running: groups.filter((g) => g.operation_status === 'RUNNING').length,
  };
  if (ctx.out.json) {
    ctx.out.document({
      operation,
      ...(impacts.length ? { impact: impacts } : {}),
      batches: results.map((r) => ({
        group_id: r.group_id,
        operation_status: r.operation_status,
        total: r.total,
        success: r.success,
        failed: r.failed,
        rate: r.rate,
        idempotency_key: r.idempotency_key,
        replayed: r.replayed,
      })),
      items: groups.map((g) => ({
        id: g.id,
        biz_id: g.biz_id,
        biz_name: g.biz_name,
        operation_status: g.operation_status,
        remark: g.remark,
      })),
      totals,
    });
  } else {
    if (failed.length) {
      ctx.out.table(
        ['BIZ_ID', 'NAME', 'STATUS', 'REMARK'],
        failed.map((g) => [g.biz_id, g.biz_name, ctx.out.status(g.operation_status), g.remark]),
      );
      ctx.out.line();
    }
    ctx.out.table(
      ['BATCH', 'STATUS', 'TOTAL', 'SUCCESS', 'FAILED', 'NOTE'],
      results.map((r) => [
        r.group_id,
        ctx.out.status(r.operation_status),
        r.total,
        r.success,
        r.failed,
        r.replayed ? 'replayed (already done)' : r.operation_status === 'RUNNING' ? 'scheduled' : '',
      ]),
    );
    if (results.length > 1)
      ctx.out.line(
        `${operation} total: ${totals.total}, success ${totals.success}, failed ${totals.failed}${totals.running ? `, scheduled ${totals.running}` : ''}`,
      );
  }
  return totals.failed ? EXIT.PARTIAL : EXIT.OK;
}

function submitCommand(program: Command, name: 'publish' | 'offline') {
  const action = name === 'publish' ? 'PUBLISH' : 'OFFLINE';
  const cmd = program
    .command(name)
    .description(
      name === 'publish'
        ? 'submit objects for publishing (batch-publish), by id or by filter; sets over 10,000 go in several batches'
        : 'take objects offline (batch-offline), by id or by filter; sets over 10,000 go in several batches',
    )
    .option('--ids <ids>', 'object ids, comma-separated (repeatable)', collect)
    .option('--file <path>', 'a file of object ids, one a line ("id" or "id,BIZ_TYPE"), or JSON lines {biz_id, biz_type}')
    .addOption(new Option('--biz-type <type>', 'filter (or the type of --ids, which then need no look-up)').choices(BIZ_TYPES))
    .addOption(new Option('--status <status>', 'filter: objects in this status').choices(BIZ_STATUSES))
    .option('--name <text>', 'filter: name or code contains this text')
    .option('--fast', 'fast approval: approve at once (the caller must be an approver)')
    .option('--approver <user>', 'the reviewer: user name, approver name or user id (default: you, or the only approver)')
    .option('--schedule <mm_hh>', 'run the change at this time of day, e.g. 30_18 (server time zone)')
    .option('--batch-size <n>', `objects per batch (at most ${MAX_BATCH})`, String(MAX_BATCH))
    .option(
      '--idempotency-key <key>',
      'base of the Idempotency-Key of each batch: a re-run with the same key does nothing twice (default: random)',
    );
  if (name === 'offline') {
    cmd
      .option('--impact', "print the dependants' tree first and ask for confirmation")
      .option('--cascade', 'also take every online dependant offline, dependants first')
      .option('-y, --yes', 'do not ask for confirmation');
  }
  cmd.addHelpText(
    'after',
    name === 'publish'
      ? example(
          'archgate publish --biz-type TABLE_MODEL --status DRAFT --name orders --fast',
          'archgate publish --ids 2126400014907215872,2126400015133708288 --biz-type TABLE_MODEL --approver alice',
          'archgate publish --file ids.txt --schedule 30_18 --output json',
        )
      : example(
          'archgate offline --biz-type TABLE_MODEL --status PUBLISHED --name orders --fast',
          'archgate offline --ids 2126400014907215872 --impact --cascade --fast',
          'archgate offline --file ids.txt --impact --cascade --yes --idempotency-key nightly-2024-06-01',
        ),
  );
  cmd.action(act((ctx, o: SubmitOptions) => submit(ctx, action, o)));
}

export function registerSubmit(program: Command) {
  submitCommand(program, 'publish');
  submitCommand(program, 'offline');
}
