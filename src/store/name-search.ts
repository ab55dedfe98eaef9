import { sql, type RawBuilder } from 'kysely';
import { onSqlite } from './bulk.js';
import type { Tx } from './db.js';
import type { Tenant } from './tenant.js';

/**
 * The name filter of the applications and objects lists, served by the trigram index of migration 009;
 * the applications' exact total is summed over their distinct names (migration 011).
 * The filter's meaning is unchanged: `lower(column) like lower('%needle%')` on any searched column, `%` and
 * `_` literal, case-insensitive as each engine's lower() is. See the migrations for the structures.
 */

export type SearchKind = 'approval' | 'object';

interface KindInfo {
  /** The list's sort column (newest first, then id). */
  time: 'submit_time' | 'create_time';
  cols: readonly string[];
}
const KINDS: Record<SearchKind, KindInfo> = {
  approval: { time: 'submit_time', cols: ['name_en', 'name_ch'] },
  object: { time: 'create_time', cols: ['name_en', 'name_ch', 'code'] },
};

const TENANT_SPAN = 1099511627776; // 2^40, as in migration 009

/** `%needle%` for LIKE, with the escape character, `%` and `_` escaped (the escape is `\`). */
export const likePattern = (name: string) => `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The filter without the index, on the list's own table: any searched column contains the needle. The
 * same fuzzy match on both engines: case-insensitive (PostgreSQL's LIKE is not), and `_`/`%` taken
 * literally (SQLite's LIKE has no escape character unless one is named).
 */
export function nameLike(kind: SearchKind, name: string): RawBuilder<boolean> {
  const like = likePattern(name);
  return sql<boolean>`(${sql.join(
    KINDS[kind].cols.map((c) => sql`lower(${sql.ref(c)}) like lower(${like}) escape '\\'`),
    sql` or `,
  )})`;
}

/**
 * SQLite's trigram index finds substrings of 3 characters or more; a shorter needle has no trigram and
 * is filtered by LIKE over the tenant's rows.
 */
const indexable = (name: string) => [...name].length >= 3;

/** The tenant's key in the SQLite search index, or undefined when the tenant has no row indexed. */
async function tenantKey(tx: Tx, t: Tenant): Promise<number | undefined> {
  const r = await sql<{
    key: number;
  }>`select key from search_tenants where workspace_id = ${t.workspaceId} and project_id = ${t.projectId}`.execute(tx);
  return r.rows[0]?.key;
}

/** An FTS5 phrase of lower(needle), quotes doubled: every character of it is literal to the trigram tokenizer. */
const phrase = (name: string) => sql`'"' || replace(lower(${name}), '"', '""') || '"'`;

/** The docs of the tenant's rows whose searched columns contain the needle (SQLite, indexable needles). */
const ftsDocs = (kind: SearchKind, key: number, name: string) => {
  const fts = sql.raw(`${kind}_search_fts`);
  return sql`select rowid from ${fts} where ${fts} match ${phrase(name)}
    and rowid > ${key} * ${TENANT_SPAN} and rowid < (${key} + 1) * ${TENANT_SPAN}`;
};

/** The PostgreSQL side table's rows of the tenant that match. */
const pgMatches = (kind: SearchKind, t: Tenant, name: string) => {
  const like = likePattern(name);
  const any = sql.join(
    KINDS[kind].cols.map((c) => sql`${sql.ref(c)} like lower(${like}) escape '\\'`),
    sql` or `,
  );
  return sql`from ${sql.table(`${kind}_search`)} where workspace_id = ${t.workspaceId} and project_id = ${t.projectId} and (${any})`;
};

/**
 * How many applications of the tenant match, on PostgreSQL: each distinct name that matches, once, weighted
 * by the applications that carry it (migration 011), instead of every matching application re-checked.
 */
const pgNameCount = (tx: Tx, t: Tenant, name: string) => {
  const like = likePattern(name);
  return sql<{ n: string }>`select coalesce(sum(n), 0) as n from approval_name_counts
    where tkey = (select key from approval_name_tenants where workspace_id = ${t.workspaceId} and project_id = ${t.projectId})
      and (name_en like lower(${like}) escape '\\' or name_ch like lower(${like}) escape '\\')`.execute(tx);
};

/**
 * The ids of the kind's rows matching the needle, as a parenthesised subquery for `id in`, to combine the name
 * with other filters; undefined when the index cannot serve this needle (the caller filters by LIKE).
 */
export async function matchingIds(tx: Tx, kind: SearchKind, t: Tenant, name: string): Promise<RawBuilder<unknown> | undefined> {
  if (!onSqlite(tx)) return sql`(select id ${pgMatches(kind, t, name)})`;
  if (!indexable(name)) return undefined;
  const key = await tenantKey(tx, t);
  if (key === undefined) return sql`(select null where 0)`;
  return sql`(select id from ${sql.table(`${kind}_search`)} where doc in (${ftsDocs(kind, key, name)}))`;
}

/** How many of the tenant's rows match, counted over the kind's own index (SQLite). */
const ftsCount = (tx: Tx, kind: SearchKind, key: number, name: string) => {
  const fts = sql.raw(`${kind}_search_fts`);
  return sql<{ n: number }>`select count(*) as n from ${fts} where ${fts} match ${phrase(name)}
    and rowid > ${key} * ${TENANT_SPAN} and rowid < (${key} + 1) * ${TENANT_SPAN}`.execute(tx);
};

/**
 * How many applications of the tenant match, on SQLite: the phrase is matched over the tenant's distinct
 * names (migration 011), each weighted by the applications that carry it.
 */
const sqliteNameCount = (tx: Tx, key: number, name: string) =>
  sql<{
    n: number;
  }>`select coalesce(sum(c.n), 0) as n from (select rowid from approval_name_fts where approval_name_fts match ${phrase(name)}
    and rowid > ${key} * ${TENANT_SPAN} and rowid < (${key} + 1) * ${TENANT_SPAN}) f cross join approval_name_counts c on c.doc = f.rowid`.execute(
    tx,
  );

/**
 * Whether the tenant's applications carry so few distinct names that counting over the names is cheaper
 * (SQLite): a matched name costs about 2.5 times a matched application (its phrase match, then its count's
 * row), so the names pay from 2.5 applications a name. Both counts are exact; this only picks the cheaper.
 * The highest doc of each table, less the tenant's base, is about how many rows it was given.
 */
async function namesRepeat(tx: Tx, key: number): Promise<boolean> {
  const last = (table: string) =>
    sql`(select doc - ${key} * ${TENANT_SPAN} from ${sql.table(table)} where doc < (${key} + 1) * ${TENANT_SPAN} order by doc desc limit 1)`;
  const r = await sql<{ apps: number | null; names: number | null }>`select ${last('approval_search')} as apps,
    ${last('approval_name_counts')} as names`.execute(tx);
  const { apps, names } = r.rows[0]!;
  return apps !== null && names !== null && apps >= 2.5 * names;
}

/** Up to this many matches, a page is found by reading them all and sorting. */
const GATHER_MAX = 2000;
/** Up to this offset + limit, a page is first sought among the newest matches (see searchPage). */
const CANDIDATES_MAX = 1000;

/** Text order, as SQLite's BINARY collation compares the ASCII of times and ids. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every match, read and sorted, then the page (SQLite). */
async function gathered(tx: Tx, kind: SearchKind, key: number, name: string, page: { limit: number; offset: number }): Promise<string[]> {
  const r = await sql<{ id: string }>`select s.id from (${ftsDocs(kind, key, name)}) f cross join ${sql.table(`${kind}_search`)} s
    on s.doc = f.rowid order by ${sql.raw(`s.${KINDS[kind].time} desc, s.id desc`)} limit ${page.limit} offset ${page.offset}`.execute(tx);
  return r.rows.map((x) => x.id);
}

/**
 * A page of the tenant's rows whose name matches, when the name is the only filter: the exact total and
 * the page's rows, which `load` reads by the ids found in list order (newest first, then id) and answers in
 * that order. Undefined when the index cannot serve this needle.
 */
export async function searchPage<R>(
  tx: Tx,
  kind: SearchKind,
  t: Tenant,
  name: string,
  page: { limit: number; offset: number },
  load: (ids: readonly string[]) => Promise<R[]>,
): Promise<{ total: number; records: R[] } | undefined> {
  if (!onSqlite(tx)) {
    const m = pgMatches(kind, t, name);
    const order = sql.raw(`${KINDS[kind].time} desc, id desc`);
    // The count is most of the time, and needs nothing of the page: the pool runs them on two connections at
    // once (each statement was its own snapshot before too, so they agree no less than they did).
    const [total, records] = await Promise.all([
      kind === 'approval' ? pgNameCount(tx, t, name) : sql<{ n: string }>`select count(*) as n ${m}`.execute(tx),
      sql<{ id: string }>`select id ${m} order by ${order} limit ${page.limit} offset ${page.offset}`
        .execute(tx)
        .then((r) => load(r.rows.map((x) => x.id))),
    ]);
    const n = Number(total.rows[0]!.n);
    return { total: n, records: n === 0 || page.offset >= n ? [] : records };
  }
  const found = await sqliteSearchPage(tx, kind, t, name, page);
  return found && { total: found.total, records: await load(found.ids) };
}

/**
 * A row of the tenant that comes before `last` in list order and has a doc older than `oldestDoc`, if any
 * (SQLite). The row value makes "before `last`" one range of the order index whatever the planner knows:
 * written as `time > t or (time = t and id > i)`, it was a range only with the statistics that
 * `PRAGMA optimize` gathers when a node opens the file, and without them a walk of every row of the
 * tenant (84 to 113 ms over a million applications, against 0.05 ms; docs/PERFORMANCE.md, round 12).
 */
export const rowBefore = (kind: SearchKind, key: number, last: { t: string; id: string }, oldestDoc: number) =>
  sql<{ one: number }>`select 1 as one from ${sql.table(`${kind}_search`)} indexed by ${sql.raw(`${kind}_search_order`)}
    where tkey = ${key} and (${sql.ref(KINDS[kind].time)}, id) > (${last.t}, ${last.id}) and doc < ${oldestDoc} limit 1`;

/** searchPage on SQLite: the exact total and the page's ids in list order. */
async function sqliteSearchPage(
  tx: Tx,
  kind: SearchKind,
  t: Tenant,
  name: string,
  page: { limit: number; offset: number },
): Promise<{ total: number; ids: string[] } | undefined> {
  const side = sql.table(`${kind}_search`);
  const order = sql.raw(`${KINDS[kind].time} desc, id desc`);
  if (!indexable(name)) return undefined;
  const key = await tenantKey(tx, t);
  if (key === undefined) return { total: 0, ids: [] };
  const total = await (kind === 'approval' && (await namesRepeat(tx, key))
    ? sqliteNameCount(tx, key, name)
    : ftsCount(tx, kind, key, name));
  const n = Number(total.rows[0]!.n);
  if (n === 0 || page.offset >= n) return { total: n, ids: [] };
  const time = KINDS[kind].time;
  const k = page.offset + page.limit;
  // A few matches: read them all and sort.
  if (n <= GATHER_MAX) return { total: n, ids: await gathered(tx, kind, key, name, page) };
  // Many: docs are numbered as rows arrive, and rows mostly arrive in list order, so the k newest docs that
  // match are most likely the k first matches in list order. They are, for certain, when no row of the
  // tenant that comes before the last of them in list order has an older doc than all of them: then every
  // other match comes after all of them. That proof walks the rows before that last one in list order (the
  // index alone), about k x rows / matches steps, which is the page's own cost.
  if (k <= CANDIDATES_MAX) {
    const c = await sql<{ doc: number; id: string; t: string }>`select s.doc, s.id, s.${sql.raw(time)} as t
      from (${ftsDocs(kind, key, name)} order by rowid desc limit ${k}) f cross join ${side} s on s.doc = f.rowid`.execute(tx);
    const byOrder = c.rows.sort((x, y) => (x.t === y.t ? cmp(y.id, x.id) : cmp(y.t, x.t)));
    const last = byOrder[byOrder.length - 1]!;
    const oldestDoc = Math.min(...c.rows.map((r) => r.doc));
    const earlier = await rowBefore(kind, key, last, oldestDoc).execute(tx);
    if (earlier.rows.length === 0) return { total: n, ids: byOrder.slice(page.offset, k).map((r) => r.id) };
  }
  // Otherwise, walk the tenant's rows in list order and keep the matches.
  const ids = await sql<{ id: string }>`select id from ${side} indexed by ${sql.raw(`${kind}_search_order`)}
    where tkey = ${key} and doc in (${ftsDocs(kind, key, name)}) order by ${order} limit ${page.limit} offset ${page.offset}`.execute(tx);
  return { total: n, ids: ids.rows.map((r) => r.id) };
}
