import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIZ_TYPES, type ApprovalStatus } from '../../src/domain/enums.js';
import { Snowflake } from '../../src/domain/ids.js';
import type { ObjectRow } from '../../src/store/objects.js';
import { TSX } from './paths.js';
import { spawnChild } from './procs.js';
import type { ApprovalRow } from '../../src/store/approvals.js';
import { APPROVAL_COLS, insertSql, openRawSqlite } from './raw-sqlite.js';
import { levelsOf, snapshotOf } from '../../src/usecases/snapshot.js';

export interface SeedInput {
  path: string;
  projectId: string;
  workspaceId: string;
  adminId: string;
  rows: number;
}

/** Words that names are made of; a `name=` search for one of them matches about 1 name in 30. */
export const NAME_WORDS = [
  'orders',
  'customer',
  'product',
  'payment',
  'invoice',
  'shipment',
  'account',
  'ledger',
  'inventory',
  'supplier',
  'employee',
  'contract',
  'campaign',
  'session',
  'refund',
  'coupon',
  'region',
  'store',
  'channel',
  'device',
  'member',
  'partner',
  'budget',
  'forecast',
  'claim',
  'policy',
  'ticket',
  'warehouse',
  'route',
  'tariff',
] as const;
const LAYERS = ['ods', 'dwd', 'dws', 'ads', 'dim'] as const;
const CH = ['订单', '客户', '产品', '支付', '发票', '物流', '账户', '库存', '供应商', '员工'] as const;
const SUBJECTS = ['Sales', 'Finance', 'Supply Chain', 'Marketing', 'Operations', 'HR'] as const;

/** A small deterministic generator, so that every run seeds the same mix. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds `rows` applications into the approvals table of the bootstrap tenant, directly with better-sqlite3
 * in one transaction, each row shaped as submit-batch writes it (snapshot in biz_info, levels, versions).
 * The mix, over a year of submissions (ids and submit times increase together, as snowflakes do):
 * 70% PUBLISH / 30% OFFLINE; 84% APPROVED (most by fast approval), 6% DEVELOPING, 7% REJECT, 3% WITHDREW;
 * a quarter TABLE_MODEL, the rest spread over the 40 business types; about 4 applications per object;
 * at most one DEVELOPING application per object (archgate's unique index).
 */
export function seedApprovals(s: SeedInput): void {
  const db = openRawSqlite(s.path, { synchronous: 'FULL', foreignKeys: false });
  // A page cache that holds the tables being loaded and the indexes being built (SQLite's default is 2 MiB).
  db.pragma('cache_size = -262144');
  // The load writes the file in place, with its rollback journal in memory and no fsync: through the WAL,
  // each of its 1.5 GB went to the WAL first and into the database again at the checkpoint (the commit alone
  // took 9.4 s of 62 over a million rows, against 0.3 s of 48 so). The database it leaves is the same, in
  // WAL mode again; a bench that fails midway discards its folder anyway.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  try {
    const insert = db.prepare(insertSql('approvals', APPROVAL_COLS));
    db.exec('begin immediate');
    try {
      // The insert triggers of the search index and the counts (migrations 009, 011 and 014) cost more per
      // row than the row itself: they are set aside while the rows go in, and the indexes and counts are then
      // built over all of them at once, as the migrations build them over an existing table; the triggers are
      // back before the commit.
      const triggers = db
        .prepare(
          `select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'approvals'
             and name in ('approval_search_insert', 'approval_names_insert', 'approval_status_counts_insert')`,
        )
        .all() as { name: string; sql: string }[];
      for (const t of triggers) db.exec(`drop trigger ${t.name}`);
      // Likewise the secondary indexes of the applications and of the search table: each is rebuilt once
      // from its own definition after the load (a sort), rather than kept up to date row by row.
      const indexes = db
        .prepare(
          `select name, sql from sqlite_master where type = 'index' and tbl_name in ('approvals', 'approval_search') and sql is not null`,
        )
        .all() as { name: string; sql: string }[];
      for (const ix of indexes) db.exec(`drop index ${ix.name}`);
      for (const row of approvalRows(s)) insert.run(row);
      if (triggers.length > 0) indexSeeded(db);
      for (const ix of indexes) db.exec(ix.sql);
      // The status counts of migration 014, from the inbox index just built: the counts start from nothing,
      // like the search indexes above.
      if (triggers.some((t) => t.name === 'approval_status_counts_insert')) {
        db.exec(`delete from approval_status_counts`);
        db.exec(`insert into approval_status_counts (workspace_id, project_id, approval_status, approval_type, n)
          select workspace_id, project_id, approval_status, approval_type, count(*) from approvals
          group by workspace_id, project_id, approval_status, approval_type`);
      }
      for (const t of triggers) db.exec(t.sql);
      db.exec('commit');
    } catch (err) {
      db.exec('rollback');
      throw err;
    }
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** The seeded applications into the search indexes of migrations 009 and 011 (which held none of them before). */
function indexSeeded(db: Database.Database) {
  const span = 1099511627776;
  db.exec(`insert into search_tenants (workspace_id, project_id)
    select distinct workspace_id, project_id from approvals r
    where not exists (select 1 from search_tenants t where t.workspace_id = r.workspace_id and t.project_id = r.project_id)`);
  db.exec(`insert into approval_search (doc, id, tkey, submit_time)
    select t.key * ${span} + row_number() over (partition by t.key order by r.rowid), r.id, t.key, r.submit_time
    from approvals r join search_tenants t on t.workspace_id = r.workspace_id and t.project_id = r.project_id`);
  db.exec(`insert into approval_search_fts (rowid, name_en, name_ch)
    select s.doc, lower(r.name_en), lower(r.name_ch) from approval_search s join approvals r on r.id = s.id`);
  db.exec(`insert into approval_names (tkey, name_en, name_ch, doc)
    select tkey, name_en, name_ch, tkey * ${span} + row_number() over (partition by tkey order by first)
    from (select t.key as tkey, lower(a.name_en) as name_en, coalesce(lower(a.name_ch), '') as name_ch, min(a.rowid) as first
          from approvals a join search_tenants t on t.workspace_id = a.workspace_id and t.project_id = a.project_id
          group by t.key, lower(a.name_en), coalesce(lower(a.name_ch), ''))`);
  db.exec(`insert into approval_name_counts (doc, n)
    select n.doc, count(*) from approvals a
    join search_tenants t on t.workspace_id = a.workspace_id and t.project_id = a.project_id
    join approval_names n on n.tkey = t.key and n.name_en = lower(a.name_en) and n.name_ch = coalesce(lower(a.name_ch), '')
    group by n.doc`);
  // In doc order, as migration 011 loads them: FTS5 flushes at every rowid lower than the last.
  db.exec(`insert into approval_name_fts (rowid, name_en, name_ch) select doc, name_en, name_ch from approval_names order by doc`);
}

/**
 * The applications seedApprovals writes, one at a time (the same mix on either engine, from the same
 * deterministic generator).
 */
export function* approvalRows(s: Omit<SeedInput, 'path'>): Generator<ApprovalRow> {
  const rand = rng(20240419);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const yearMs = 365 * 24 * 3600 * 1000;
  const start = Date.now() - yearMs - 3600 * 1000;
  const step = yearMs / s.rows;
  let ms = start;
  const ids = new Snowflake(1022, () => Math.floor(ms));
  const objectCount = Math.max(1, Math.floor(s.rows / 4));
  let objectMs = start - yearMs;
  const objectIdGen = new Snowflake(1021, () => objectMs++);
  const objectIds = Array.from({ length: objectCount }, () => objectIdGen.next());
  const pending = new Set<string>();
  const others = [
    { name: 'dana', id: randomBytes(16).toString('hex') },
    { name: 'lee', id: randomBytes(16).toString('hex') },
  ];
  let groupId = ids.next();

  for (let i = 0; i < s.rows; i++) {
    ms = start + i * step;
    if (rand() < 0.3) groupId = ids.next();
    const k = Math.floor(rand() * objectCount);
    const bizId = objectIds[k]!;
    const bizType = k % 4 === 0 ? 'TABLE_MODEL' : BIZ_TYPES[k % BIZ_TYPES.length]!;
    const layer = LAYERS[k % LAYERS.length]!;
    const nameEn = `${layer}_${NAME_WORDS[k % NAME_WORDS.length]}_${NAME_WORDS[(k >> 5) % NAME_WORDS.length]}_${k}`;
    const nameCh = `${CH[k % CH.length]}${CH[(k >> 3) % CH.length]}表${k}`;
    const type = rand() < 0.7 ? 'PUBLISH' : 'OFFLINE';
    const r = rand();
    let status: ApprovalStatus = r < 0.84 ? 'APPROVED' : r < 0.9 ? 'DEVELOPING' : r < 0.97 ? 'REJECT' : 'WITHDREW';
    if (status === 'DEVELOPING') {
      if (pending.has(bizId)) status = 'APPROVED';
      else pending.add(bizId);
    }
    const fast = status === 'APPROVED' && rand() < 0.6;
    const subject = SUBJECTS[k % SUBJECTS.length]!;
    const payload =
      bizType === 'TABLE_MODEL'
        ? {
            table_name: nameEn,
            dw_type: 'DWS',
            l1: subject,
            l2: `${subject} ${layer}`,
            l3: NAME_WORDS[k % NAME_WORDS.length],
            owner: 'admin',
            attributes: [
              { name_en: 'id', data_type: 'BIGINT', is_primary_key: true },
              { name_en: 'amount', data_type: 'DECIMAL(18,2)' },
              { name_en: 'created_at', data_type: 'TIMESTAMP' },
            ],
          }
        : { owner: 'admin', description: `${nameEn} (${bizType.toLowerCase()})` };
    const version = 1 + (k % 5);
    const obj: ObjectRow = {
      id: bizId,
      project_id: s.projectId,
      workspace_id: s.workspaceId,
      biz_type: bizType,
      name_en: nameEn,
      name_ch: nameCh,
      code: null,
      description: null,
      status: type === 'PUBLISH' ? 'DRAFT' : 'PUBLISHED',
      prior_status: null,
      parent_id: null,
      refs: [],
      biz_info: payload,
      biz_version: version,
      env_type: null,
      dev_version: 0,
      prod_version: 0,
      create_by: 'admin',
      update_by: 'admin',
      create_time: '',
      update_time: '',
    };
    const snapshot = snapshotOf(obj);
    const submitted = new Date(ms).toISOString();
    const decided = status === 'DEVELOPING' ? null : new Date(ms + (fast ? 0 : Math.floor(rand() * 48 * 3600 * 1000))).toISOString();
    const bizStatus = (
      {
        PUBLISH: { APPROVED: 'PUBLISHED', DEVELOPING: 'PUBLISH_DEVELOPING', REJECT: 'REJECT', WITHDREW: 'DRAFT' },
        OFFLINE: { APPROVED: 'OFFLINE', DEVELOPING: 'OFFLINE_DEVELOPING', REJECT: 'PUBLISHED', WITHDREW: 'PUBLISHED' },
      } as const
    )[type][status];
    const by = rand() < 0.8 ? { name: 'admin', id: s.adminId } : pick(others);
    const row: ApprovalRow = {
      id: ids.next(),
      project_id: s.projectId,
      workspace_id: s.workspaceId,
      group_id: groupId,
      biz_id: bizId,
      biz_type: bizType,
      name_en: nameEn,
      name_ch: nameCh,
      biz_info: JSON.stringify(snapshot),
      biz_version: version + (type === 'PUBLISH' ? 1 : 0),
      biz_status: bizStatus,
      approval_status: status,
      approval_type: type,
      submit_time: submitted,
      create_by: by.name,
      create_by_id: by.id,
      approval_time: decided,
      approver: 'admin',
      approver_user_id: s.adminId,
      email: null,
      msg: fast ? 'Fast Approval OK.' : status === 'REJECT' ? 'Naming does not follow the standard' : status === 'APPROVED' ? 'ok' : null,
      env_type: null,
      is_edit: type === 'PUBLISH' && rand() < 0.05 ? 1 : 0,
      ...levelsOf(snapshot),
    };
    yield row;
  }
}

/** Rows in the approvals table. */
export function countApprovals(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from approvals').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * seedApprovals in a child process (bench/lib/seed-worker.ts), so that other setup can go on meanwhile; with
 * `pgUrl`, seedApprovalsPg into that database (`path` is then unused).
 */
export async function seedInChild(input: SeedInput & { pgUrl?: string }): Promise<void> {
  const child = spawnChild('seeder', TSX, [join(import.meta.dirname, 'seed-worker.ts'), JSON.stringify(input)], process.env, null);
  const code = await child.exited;
  if (code !== 0) throw new Error(`seeding failed (${code}):\n${child.tail.join('\n')}`);
}
