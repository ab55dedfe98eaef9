import { Api } from './api.js';
import { startArchgate, type Archgate } from './archgate.js';
import { measureList, type ListQuery, type ListResult } from './list.js';
import type { Log } from './log.js';
import type { Mode } from './modes.js';
import { createDatabase } from './postgres.js';
import { seedInChild } from './seed.js';

/**
 * The list latency on PostgreSQL: a database of its own (so that the write figures of the other PostgreSQL
 * database stay comparable with earlier runs), its node, and the same applications seedApprovals writes
 * into SQLite, seeded by a child process through the node's tenant.
 */
export async function startPgList(o: {
  baseUrl: string;
  mode: Mode;
  nodeArgs?: string[];
  log: Log;
  track: (node: Archgate) => Archgate;
}): Promise<Api> {
  const t0 = performance.now();
  const url = await createDatabase(o.baseUrl, 'archgate_list');
  const node = o.track(await startArchgate({ name: 'archgate (pg, list)', db: url, workerId: 6, core: null, nodeArgs: o.nodeArgs }));
  const api = new Api(node);
  await api.login();
  await seedInChild({
    path: '',
    pgUrl: url,
    projectId: node.projectId,
    workspaceId: node.workspaceId,
    adminId: api.adminId,
    rows: o.mode.listRows,
  });
  o.log(`PostgreSQL list database seeded (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return api;
}

/** The list queries on the PostgreSQL list node, one after the other; `pg_list_<label>_p99_ms` per query. */
export async function measurePgList(api: Api, queries: readonly ListQuery[], mode: Mode, log: Log): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const results: ListResult[] = [];
  for (const q of queries) results.push(await measureList(api, q, mode.listWarm, mode.listRequests, mode.listBudgetS));
  for (const l of results) {
    log(
      `pg: list ?${l.query} over ${mode.listRows} rows: p50 ${l.p50_ms.toFixed(1)} ms, p99 ${l.p99_ms.toFixed(1)} ms, max ${l.max_ms.toFixed(1)} ms (total ${l.total}; ${l.requests} requests; the slowest were requests ${l.slowest_at.join(', ')}, with ${l.slowest_client_gc_ms.join(', ')} ms of the bench's own garbage collection in them; the node ran ${l.node_major_gcs} mark-compacts)`,
    );
    out[`pg_list_${l.label}_p99_ms`] = l.p99_ms;
    out[`pg_list_${l.label}_node_major_gcs`] = l.node_major_gcs;
  }
  return out;
}
