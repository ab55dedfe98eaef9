import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Tx } from './db.js';
import type { AuditHeadTable, AuditRecordTable } from './schema.js';
import { insertOne } from './bulk.js';
import { writeShaped } from './shaped.js';

export type AuditRow = Selectable<AuditRecordTable>;
export type AuditHead = Selectable<AuditHeadTable>;
/** What an append is given: everything but the chain's own fields. */
export type AuditEntry = Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>;

/** The predecessor hash of a project's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The SHA-256 of a record: over a JSON array of its fields in a fixed order, its predecessor's hash
 * included, so that changing any field, or the order of records, changes it. `targets` is hashed as the
 * text stored, never re-serialised.
 */
export function auditHash(r: Omit<AuditRow, 'hash'>): string {
  const fields = [
    r.project_id,
    r.seq,
    r.time,
    r.user_id,
    r.user_name,
    r.auth,
    r.access_key,
    r.source_ip,
    r.request_id,
    r.operation,
    r.workspace_id,
    r.targets,
    r.outcome,
    r.prev_hash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * The project's chain head, locked (FOR UPDATE on PostgreSQL; SQLite's one writer already excludes the
 * others), created on the project's first record. Two first appends race on the primary key: the second
 * waits for the first to commit, inserts nothing, and then reads and locks its row.
 */
async function lockHead(tx: Tx, projectId: string): Promise<AuditHead> {
  const read = () => tx.selectFrom('audit_heads').selectAll().where('project_id', '=', projectId).forUpdate().executeTakeFirst();
  const head = await read();
  if (head) return head;
  await tx
    .insertInto('audit_heads')
    .values({ project_id: projectId, last_seq: 0, last_hash: GENESIS_HASH, anchor_seq: 1, anchor_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('project_id').doNothing())
    .execute();
  const created = await read();
  if (!created) throw new Error(`audit head of project ${projectId} vanished`);
  return created;
}

/**
 * The last head this process wrote or read per project: a guess, never trusted. An append with a right
 * guess costs two statements (a compare-and-set of the head, which also takes its lock, and the insert)
 * instead of three. The compare is on both the seq and the hash, so a stale guess (another node appended,
 * a transaction rolled back, a reset or restore replaced the store) matches no row and falls back to
 * reading the head under its lock: the chain is exactly as it would be without the guess.
 */
const guessedHeads = new Map<string, { seq: number; hash: string }>();
const MAX_GUESSES = 10_000;

async function casHead(tx: Tx, projectId: string, from: { seq: number; hash: string }, to: { seq: number; hash: string }) {
  const changed = await writeShaped(tx, 'audit head from to', [to.seq, to.hash, projectId, from.seq, from.hash], () =>
    tx
      .updateTable('audit_heads')
      .set({ last_seq: to.seq, last_hash: to.hash })
      .where('project_id', '=', projectId)
      .where('last_seq', '=', from.seq)
      .where('last_hash', '=', from.hash),
  );
  return changed === 1;
}

const chained = (entry: AuditEntry, prev: { seq: number; hash: string }): AuditRow => {
  const unhashed = { ...entry, seq: prev.seq + 1, prev_hash: prev.hash };
  return { ...unhashed, hash: auditHash(unhashed) };
};

/**
 * Appends one record to its project's chain. Call it as the last write of the transaction: the head's
 * lock is then held only until the commit, and is never taken before another lock (no cycles).
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<AuditRow> {
  const projectId = entry.project_id;
  const guess = guessedHeads.get(projectId);
  let row = guess && chained(entry, guess);
  if (!row || !(await casHead(tx, projectId, guess!, { seq: row.seq, hash: row.hash }))) {
    const head = await lockHead(tx, projectId);
    row = chained(entry, { seq: head.last_seq, hash: head.last_hash });
    await tx.updateTable('audit_heads').set({ last_seq: row.seq, last_hash: row.hash }).where('project_id', '=', projectId).execute();
  }
  await insertOne(tx, 'audit_records', row);
  if (guessedHeads.size >= MAX_GUESSES && !guessedHeads.has(projectId)) guessedHeads.clear();
  guessedHeads.set(projectId, { seq: row.seq, hash: row.hash });
  return row;
}

export async function getAuditHead(db: Tx, projectId: string): Promise<AuditHead | undefined> {
  return db.selectFrom('audit_heads').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

/** What the audit is searched by; every field optional. Times are ISO-8601 UTC, `from` inclusive, `to` exclusive. */
export interface AuditFilter {
  from?: string;
  to?: string;
  userId?: string;
  operation?: string;
  objectId?: string;
}

const likeEscape = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtered(db: Tx, projectId: string, f: AuditFilter) {
  let q = db.selectFrom('audit_records').where('project_id', '=', projectId);
  if (f.from !== undefined) q = q.where('time', '>=', f.from);
  if (f.to !== undefined) q = q.where('time', '<', f.to);
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  if (f.operation !== undefined) q = q.where('operation', '=', f.operation);
  // Targets are JSON text written by JSON.stringify: an id appears as "id":"<id>". Not indexed: the
  // filter reads the project's records within the other filters.
  if (f.objectId !== undefined) q = q.where(sql<boolean>`targets like ${`%"id":${likeEscape(JSON.stringify(f.objectId))}%`} escape '\\'`);
  return q;
}

/** One page of the filtered records, newest first, and how many there are in all. */
export async function listAudit(db: Tx, projectId: string, f: AuditFilter, limit: number, offset: number) {
  const q = filtered(db, projectId, f);
  const [count, records] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
  ]);
  return { total: Number(count.n), records };
}

/** The filtered records after `afterSeq`, oldest first: a keyset page, as cheap at the millionth record as at the first. */
export async function auditPageAfter(db: Tx, projectId: string, afterSeq: number, limit: number, f: AuditFilter = {}): Promise<AuditRow[]> {
  return filtered(db, projectId, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

/** The projects that have a chain. */
export async function auditProjects(db: Tx): Promise<string[]> {
  return (await db.selectFrom('audit_heads').select('project_id').orderBy('project_id').execute()).map((r) => r.project_id);
}

export async function hasAuditBefore(db: Tx, projectId: string, beforeIso: string): Promise<boolean> {
  const r = await db
    .selectFrom('audit_records')
    .select('seq')
    .where('project_id', '=', projectId)
    .where('time', '<', beforeIso)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * Removes the project's oldest records, those before the first written at or after `beforeIso`, at most
 * `max` of them, and moves the anchor to the first kept record: its predecessor's hash stays recorded,
 * so the rest of the chain still verifies. Answers how many were removed.
 */
export async function pruneAudit(tx: Tx, projectId: string, beforeIso: string, max: number): Promise<number> {
  const head = await lockHead(tx, projectId);
  const firstKept = await tx
    .selectFrom('audit_records')
    .select('seq')
    .where('project_id', '=', projectId)
    .where('time', '>=', beforeIso)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  const keepFrom = Math.min(firstKept?.seq ?? head.last_seq + 1, head.anchor_seq + max);
  if (keepFrom <= head.anchor_seq) return 0;
  // The anchor is the hash of the last record removed: the one the first kept record names, or the next
  // appended will.
  const lastRemoved = await tx
    .selectFrom('audit_records')
    .select('hash')
    .where('project_id', '=', projectId)
    .where('seq', '=', keepFrom - 1)
    .executeTakeFirst();
  const anchorHash = lastRemoved?.hash ?? (keepFrom > head.last_seq ? head.last_hash : head.anchor_hash);
  const removed = await tx.deleteFrom('audit_records').where('project_id', '=', projectId).where('seq', '<', keepFrom).executeTakeFirst();
  await tx.updateTable('audit_heads').set({ anchor_seq: keepFrom, anchor_hash: anchorHash }).where('project_id', '=', projectId).execute();
  return Number(removed.numDeletedRows);
}
