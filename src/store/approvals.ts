import { sql } from 'kysely';
import type { Tx } from './db.js';
import { BULK_ROWS, idRuns, inIds, inIdsParams, inIdsShape, insertMany } from './bulk.js';
import { runShaped } from './shaped.js';
import type { ApprovalStatus, ApprovalType, BizType } from '../domain/enums.js';
import type { ApprovalRow, NewApproval } from './schema.js';
import { chunks } from './chunks.js';
import { parseStored } from './json.js';
import type { Tenant } from './tenant.js';
import { matchingIds, nameLike, searchPage } from './name-search.js';

/** The raw row, for tools that seed the table directly (bench/); the rest of the code reads `Approval`. */
export type { ApprovalRow };

/** The object as an application shows it (ApprovalVO.biz_info_obj): its fields and its payload. */
export type Snapshot = Record<string, unknown>;

/**
 * An application as the store reads it. `biz_info` is the snapshot, parsed here under the depth cap of
 * store/json.ts; `biz_info_text` is the text it was stored as, which ApprovalVO.biz_info carries verbatim
 * (a row stored before the input caps may nest deeper than any answer could re-serialise).
 */
export type Approval = Omit<ApprovalRow, 'biz_info'> & { biz_info: Snapshot | null; biz_info_text: string };
/** What an insert takes: the snapshot as a value, serialised here. */
export type NewApprovalRecord = Omit<NewApproval, 'biz_info'> & { biz_info: Snapshot };
/** What an update may change; a snapshot given is serialised here. */
export type ApprovalChanges = Partial<Omit<ApprovalRow, 'id' | 'biz_info'>> & { biz_info?: Snapshot };

const isSnapshot = (v: unknown): v is Snapshot => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The row becomes the Approval in place: it is this read's own (the driver built it for this query), and
 * copying its 27 columns into a new object (Object.assign, or a spread that adds a key) made 6 KB of garbage
 * and took 11 µs a row, a list page's 50 rows 0.5 ms (docs/PERFORMANCE.md, round 8). The keys keep the
 * order `{ ...row, biz_info, biz_info_text }` would give.
 */
function parsed(r: ApprovalRow): Approval {
  const text = r.biz_info;
  const snapshot = parseStored(text);
  const a = r as unknown as Approval;
  a.biz_info = isSnapshot(snapshot) ? snapshot : null;
  a.biz_info_text = text;
  return a;
}

function columns(set: ApprovalChanges): Partial<ApprovalRow> {
  const { biz_info, ...rest } = set;
  return biz_info === undefined ? rest : { ...rest, biz_info: JSON.stringify(biz_info) };
}

export async function insertApprovals(tx: Tx, rows: readonly NewApprovalRecord[]) {
  await insertMany(
    tx,
    'approvals',
    rows.map((r) => ({ ...r, biz_info: JSON.stringify(r.biz_info) })),
    BULK_ROWS,
  );
}

export async function getApprovals(tx: Tx, t: Tenant, ids: readonly string[], lock: boolean): Promise<Map<string, Approval>> {
  const out = new Map<string, Approval>();
  for (const part of chunks([...ids].sort(), 500)) {
    // By primary key alone, the tenant checked here (see getObjects).
    const rows = await tx
      .selectFrom('approvals')
      .selectAll()
      .where('id', 'in', part)
      .orderBy('id')
      .$if(lock, (q) => q.forUpdate())
      .execute();
    for (const r of rows) if (r.workspace_id === t.workspaceId && r.project_id === t.projectId) out.set(r.id, parsed(r));
  }
  return out;
}

export async function decideApproval(tx: Tx, id: string, set: Pick<Approval, 'approval_status' | 'approval_time' | 'msg' | 'biz_status'>) {
  await tx.updateTable('approvals').set(set).where('id', '=', id).execute();
}

export interface ApprovalFilter {
  bizId?: string;
  name?: string;
  createBy?: string;
  /** The submitter's user id: a name may be reused by a later user, the id never. */
  createById?: string;
  approver?: string;
  /** The designated approver's user id: what deciding checks, so the reviewer's own queue keys on it. */
  approverUserId?: string;
  approvalStatus?: 'DEVELOPING' | 'FINISHED';
  approvalStatusDetail?: ApprovalStatus;
  approvalType?: ApprovalType;
  bizType?: BizType;
  beginTime?: string;
  endTime?: string;
  limit: number;
  offset: number;
  /** Oldest submission first; absent (not false) for the default, so that a name-only search keeps its fast path. */
  ascending?: true;
}

export async function listApprovals(tx: Tx, t: Tenant, f: ApprovalFilter): Promise<{ total: number; records: Approval[] }> {
  let q = tx.selectFrom('approvals').where('workspace_id', '=', t.workspaceId).where('project_id', '=', t.projectId);
  if (f.bizId) q = q.where('biz_id', '=', f.bizId);
  if (f.createBy) q = q.where('create_by', '=', f.createBy);
  if (f.createById) q = q.where('create_by_id', '=', f.createById);
  if (f.approver) q = q.where('approver', '=', f.approver);
  if (f.approverUserId) q = q.where('approver_user_id', '=', f.approverUserId);
  if (f.approvalStatus === 'DEVELOPING') q = q.where('approval_status', '=', 'DEVELOPING');
  if (f.approvalStatus === 'FINISHED') q = q.where('approval_status', '!=', 'DEVELOPING');
  if (f.approvalStatusDetail) q = q.where('approval_status', '=', f.approvalStatusDetail);
  if (f.approvalType) q = q.where('approval_type', '=', f.approvalType);
  if (f.bizType) q = q.where('biz_type', '=', f.bizType);
  // docs/API.md §3.1: the time range applies only when both ends are given.
  if (f.beginTime && f.endTime) q = q.where('submit_time', '>=', f.beginTime).where('submit_time', '<=', f.endTime);
  if (f.name) {
    const onlyName = Object.entries(f).every(([k, v]) => v === undefined || ['name', 'limit', 'offset'].includes(k));
    const found = onlyName ? await searchPage(tx, 'approval', t, f.name, f, (ids) => inOrder(tx, ids)) : undefined;
    if (found) return found;
    const ids = await matchingIds(tx, 'approval', t, f.name);
    if (ids) q = q.where('id', 'in', ids as never);
    else q = q.where(nameLike('approval', f.name));
  }
  const dir = f.ascending ? 'asc' : 'desc';
  // On PostgreSQL the pool runs the count and the page at once, on two connections; SQLite's one connection
  // takes them in turn.
  const [total, records] = await Promise.all([
    statusCount(tx, t, f).then(async (n) => n ?? (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    q.selectAll().orderBy('submit_time', dir).orderBy('id', dir).limit(f.limit).offset(f.offset).execute(),
  ]);
  return { total: Number(total), records: records.map(parsed) };
}

// The order changes no total; any other filter (the approver's id among them) is counted over the rows.
const STATUS_FILTERS = new Set(['approvalStatus', 'approvalStatusDetail', 'approvalType', 'limit', 'offset', 'ascending']);

/**
 * The total of a filter on status and type alone, summed from the tenant's counts (migration 011 on
 * PostgreSQL, 014 on SQLite) rather than counted over the applications; undefined for any other filter.
 */
async function statusCount(tx: Tx, t: Tenant, f: ApprovalFilter): Promise<number | string | undefined> {
  if (!Object.entries(f).every(([k, v]) => v === undefined || STATUS_FILTERS.has(k))) return undefined;
  const where = [sql`workspace_id = ${t.workspaceId}`, sql`project_id = ${t.projectId}`];
  if (f.approvalStatus === 'DEVELOPING') where.push(sql`approval_status = 'DEVELOPING'`);
  if (f.approvalStatus === 'FINISHED') where.push(sql`approval_status <> 'DEVELOPING'`);
  if (f.approvalStatusDetail) where.push(sql`approval_status = ${f.approvalStatusDetail}`);
  if (f.approvalType) where.push(sql`approval_type = ${f.approvalType}`);
  const r = await sql<{
    n: string;
  }>`select coalesce(sum(n), 0) as n from approval_status_counts where ${sql.join(where, sql` and `)}`.execute(tx);
  return r.rows[0]!.n;
}

/** The applications of these ids, in this order. */
async function inOrder(tx: Tx, ids: readonly string[]): Promise<Approval[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectFrom('approvals').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [parsed(r)] : [];
  });
}

/** The objects among these that already have an application under review (scheduled ones included). */
export async function pendingObjects(tx: Tx, bizIds: readonly string[], exceptGroup?: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of idRuns(tx, bizIds)) {
    const params = [...inIdsParams(tx, part), ...(exceptGroup === undefined ? [] : [exceptGroup])];
    const rows = await runShaped(tx, `under review of ${inIdsShape(tx, part)} except ${exceptGroup !== undefined}`, params, () =>
      tx
        .selectFrom('approvals')
        .select('biz_id')
        .where(inIds(tx, 'biz_id', part))
        // A literal, not a parameter: on SQLite over a million applications the read took 5.4 to 5.8 µs
        // against 8.8 to 10.9 with the status bound (docs/PERFORMANCE.md, round 9), and a planner may weigh
        // the partial index of pending applications only against a literal.
        .where('approval_status', '=', sql.lit('DEVELOPING'))
        .$if(exceptGroup !== undefined, (q) => q.where('group_id', '!=', exceptGroup!)),
    );
    for (const r of rows) out.add(r.biz_id);
  }
  return out;
}

/**
 * `lock`: FOR UPDATE (on PostgreSQL; SQLite's one writer needs none) in id order. Every transaction that locks applications does so
 * before it locks their objects, so that a scheduled run and a decision never wait on each other in a cycle.
 */
export async function approvalsOfGroup(tx: Tx, groupId: string, lock = false): Promise<Approval[]> {
  const rows = await tx
    .selectFrom('approvals')
    .selectAll()
    .where('group_id', '=', groupId)
    .orderBy('id')
    .$if(lock, (q) => q.forUpdate())
    .execute();
  return rows.map(parsed);
}

export async function updateApproval(tx: Tx, id: string, set: ApprovalChanges) {
  await tx.updateTable('approvals').set(columns(set)).where('id', '=', id).execute();
}

/**
 * Pending applications of the tenant whose designated approver has no registration in it (deleted,
 * demoted, gone from the workspace), newest first: the ones waiting for an admin or a reassignment.
 */
export async function listOrphaned(
  tx: Tx,
  t: Tenant,
  f: { limit: number; offset: number },
): Promise<{ total: number; records: Approval[] }> {
  const q = tx
    .selectFrom('approvals')
    .where('approvals.workspace_id', '=', t.workspaceId)
    .where('approvals.project_id', '=', t.projectId)
    .where('approvals.approval_status', '=', 'DEVELOPING')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('approvers')
            .select('approvers.id')
            .whereRef('approvers.workspace_id', '=', 'approvals.workspace_id')
            .whereRef('approvers.project_id', '=', 'approvals.project_id')
            .whereRef('approvers.user_id', '=', 'approvals.approver_user_id'),
        ),
      ),
    );
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const records = await q
    .selectAll('approvals')
    .orderBy('approvals.submit_time', 'desc')
    .orderBy('approvals.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.n), records: records.map(parsed) };
}

/** Names another approver on these applications. */
export async function reassign(tx: Tx, ids: readonly string[], set: Pick<Approval, 'approver' | 'approver_user_id' | 'email'>) {
  for (const part of chunks(ids, 500)) await tx.updateTable('approvals').set(set).where('id', 'in', part).execute();
}

/**
 * Applications under review in every workspace, in one query (the metrics' pending gauge): each count is a
 * range of the inbox index (workspace, project, status), so the cost follows the pending rows, not the table.
 */
export async function pendingPerWorkspace(tx: Tx): Promise<{ project_id: string; workspace_id: string; pending: number }[]> {
  const rows = await tx
    .selectFrom('workspaces as w')
    .select((eb) => [
      'w.project_id',
      'w.id as workspace_id',
      eb
        .selectFrom('approvals as a')
        .whereRef('a.workspace_id', '=', 'w.id')
        .whereRef('a.project_id', '=', 'w.project_id')
        .where('a.approval_status', '=', 'DEVELOPING')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .as('pending'),
    ])
    .execute();
  return rows.map((r) => ({ project_id: r.project_id, workspace_id: r.workspace_id, pending: Number(r.pending ?? 0) }));
}
