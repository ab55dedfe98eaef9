import { join } from 'node:path';
import { Api } from './api.js';
import { auditCostFigures, moreAuditRounds } from './audit-cost.js';
import { startArchgate, type Archgate } from './archgate.js';
import { measureBatch10k, provisionBatch10k } from './batch10k.js';
import { measureEcho, startEcho } from './echo.js';
import { sqliteFloor } from './floor.js';
import { sqlFloor2 } from './sql-floor2.js';
import { measureImpact, provisionImpactTree } from './impact.js';
import { LIST_QUERIES, measureList } from './list.js';
import { measurePgList, startPgList } from './pg-list.js';
import { pgFloor } from './pg-floor.js';
import { peakNow, rssPeaks } from './rss.js';
import { setUpNotifyCost } from './notify-cost.js';
import { consoleInboxFigure, prepareConsole } from './console-inbox-figure.js';
import { LoadGenerator } from './load.js';
import type { Log } from './log.js';
import type { Mode } from './modes.js';
import { bodiesPerNode, measureOffline2, provisionPairs, runNamePrefix, type Offline2Result } from './offline2.js';
import { createDatabase, startPostgres, type Postgres } from './postgres.js';
import { pin } from './procs.js';
import { createSqliteDb } from './create-db.js';
import { countApprovals, seedInChild } from './seed.js';
import { median } from './stats.js';

export interface SuiteContext {
  mode: Mode;
  workDir: string;
  /** Core of the measured server, and of the load generator; null when not pinned. */
  serverCore: number | null;
  loadCore: number | null;
  nodeArgs?: string[];
  log: Log;
  /** Called as soon as PostgreSQL runs, so that the caller can stop it whatever happens. */
  onPostgres(pg: Postgres): void;
}

/** The share of the machine's CPU a run used, as a JSON field (`<name>_cpu_busy`, 0 to 1). */
const busyOf = (name: string, r: Offline2Result): Record<string, number> =>
  r.cpu_busy === undefined ? {} : { [`${name}_cpu_busy`]: r.cpu_busy };

/**
 * Rounds (and 10,000-item batch pairs) of the notifications' cost: two, of 3 s each, keep the full run under
 * its 6 minutes, since each round also waits for the node with notifications to send everything it has.
 */
const NOTIFY_ROUNDS = 2;
/** The label of the SQLite offline2 run of record; its objects' names follow it, and the SQL floor writes the same names. */
const OFFLINE2_LABEL = 'sqlite_o2';

/**
 * The whole suite. Setup that is not measured (process starts, registering and publishing objects, seeding)
 * runs concurrently, on both cores; a measurement runs only while nothing else works, with the measured
 * server pinned to the server core and the load generator on the other. Other processes may exist then,
 * idle (an idle node polls its scheduler once a second).
 */
export async function runSuite(c: SuiteContext): Promise<Record<string, number>> {
  const { mode, log } = c;
  const f: Record<string, number> = {};
  const path = (name: string) => join(c.workDir, name);
  const other = c.serverCore === null ? null : 1 - c.serverCore;
  const sqlite = (name: string, file: string, workerId: number, env?: Record<string, string>) =>
    startArchgate({ name, db: `sqlite:${path(file)}`, workerId, core: null, nodeArgs: c.nodeArgs, env });
  const loggedIn = async (node: Archgate) => {
    const api = new Api(node);
    await api.login();
    return api;
  };
  const started: { stop(): Promise<void> }[] = [];
  const track = <T extends { stop(): Promise<void> }>(x: T) => {
    started.push(x);
    return x;
  };
  const stopNow = async (x: { stop(): Promise<void> }) => {
    started.splice(started.indexOf(x), 1);
    await x.stop();
  };

  // Before anything starts: building the console, when it must be built, takes both cores.
  const consoleSkip = prepareConsole(log);
  try {
    // 1. Start everything: the load generator (on its core), the echo server, archgate on SQLite for the writes,
    // and PostgreSQL with a first node. The list gets a SQLite database of its own, created and bootstrapped by
    // archgate's code at once, seeded (in a child process) and then served by a node of its own.
    let pgUrl = '';
    // The PostgreSQL list database, seeded while the rest is set up (step 1 starts it once PostgreSQL runs).
    let pgList: Promise<Api> | undefined;
    const t0 = performance.now();
    const listTenant = await createSqliteDb(path('list.db'));
    const list = (async () => {
      await seedInChild({ path: path('list.db'), ...listTenant, rows: mode.listRows });
      log(`list database seeded (${((performance.now() - t0) / 1000).toFixed(1)} s since start)`);
      return loggedIn(track(await sqlite('archgate (sqlite, list)', 'list.db', 3)));
    })();
    // Awaited after step 2; until then a failure must not count as unhandled.
    list.catch(() => {});
    const [load, echo, s1, s0, p1] = await Promise.all([
      LoadGenerator.start(c.workDir, c.loadCore).then(track),
      startEcho(null).then(track),
      sqlite('archgate (sqlite)', 'writes.db', 1).then(track).then(loggedIn),
      // The audit's cost: the same node and database, with the audit trail off (ARCHGATE_AUDIT=off).
      sqlite('archgate (sqlite, audit off)', 'writes-noaudit.db', 4, { ARCHGATE_AUDIT: 'off' }).then(track).then(loggedIn),
      (async () => {
        const pg = await startPostgres();
        c.onPostgres(pg);
        pgUrl = await createDatabase(pg.url, 'archgate_bench');
        pgList = startPgList({ baseUrl: pg.url, mode, nodeArgs: c.nodeArgs, log, track });
        pgList.catch(() => {});
        return loggedIn(
          track(await startArchgate({ name: 'archgate (pg, node 1)', db: pgUrl, workerId: 1, core: null, nodeArgs: c.nodeArgs })),
        );
      })(),
    ]);
    log(
      `started: load generator, echo server, archgate on SQLite (${s1.node.url}; audit off: ${s0.node.url}), PostgreSQL and archgate on it (${p1.node.url})`,
    );

    // 2. Objects for the warm-ups, the 10k batches on both engines and the impact preview, the second
    // PostgreSQL node; the list database's seeding goes on.
    const warmPer = (n: number) => bodiesPerNode(mode.offline2Warm, n, mode.connections);
    // Notifications' cost (issue 14): a node with a webhook for every event and SMTP set and one with neither,
    // set up here and measured after the node of record.
    const notifyNode = (name: string, file: string, workerId: number, env: Record<string, string>) =>
      sqlite(name, file, workerId, env).then(loggedIn);
    // The nodes are provisioned at once, but each node one request after the other: several 10,000-object
    // requests in flight on one node at a time made its memory peak there, in the bench's own setup, rather
    // than in anything measured (a node's writes queue for its one writer anyway).
    const inTurn = async <T extends unknown[]>(...steps: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> => {
      const out: unknown[] = [];
      for (const step of steps) out.push(await step());
      return out as T;
    };
    const [[sWarm, sSets, impactTree], [s0Warm, s0Sets], [pWarm, pSets, p2Warm], p2, notify] = await Promise.all([
      inTurn(
        () => provisionPairs(s1, warmPer(1), 'sqlite_warm'),
        () => provisionBatch10k(s1, mode.batchReps, 'sqlite_b10k'),
        () => provisionImpactTree(s1, 'impact'),
      ),
      inTurn(
        () => provisionPairs(s0, warmPer(1), 'noaudit_warm'),
        () => provisionBatch10k(s0, mode.batchReps, 'noaudit_b10k'),
      ),
      inTurn(
        () => provisionPairs(p1, warmPer(1), 'pg_warm'),
        () => provisionBatch10k(p1, mode.batchReps, 'pg_b10k'),
        () =>
          inTurn(
            () => provisionPairs(p1, warmPer(2), 'pg2_warm0'),
            () => provisionPairs(p1, warmPer(2), 'pg2_warm1'),
          ),
      ),
      startArchgate({ name: 'archgate (pg, node 2)', db: pgUrl, workerId: 2, core: null, nodeArgs: c.nodeArgs }).then(track),
      setUpNotifyCost({ start: notifyNode, batchReps: Math.min(mode.batchReps, NOTIFY_ROUNDS) }).then(track),
    ]);
    const listApi = await list;
    const pgListApi = await pgList!;
    // Tokens live in the database: node 1's token is good on node 2.
    const p2api = new Api(p2);
    p2api.token = p1.token;
    p2api.adminId = p1.adminId;
    log('set up: objects published for the warm-ups and the 10k batches, second PostgreSQL node up, list node up');
    // Which phase sets the SQLite node's memory peak: its high-water mark after each.
    const s1Peaks: string[] = [];
    const s1Peak = (phase: string) => s1Peaks.push(`${phase} ${peakNow(s1.node.name)?.toFixed(0) ?? '?'}`);
    s1Peak('set up');

    // 3. The baseline, now that nothing else works.
    pin(echo.child, c.serverCore);
    const e = await measureEcho(load, echo.url, mode.connections, mode.echoWarmS, mode.echoS);
    await stopNow(echo);
    f.echo_rps = e.rps;
    log(`echo: ${e.rps.toFixed(0)} req/s, p99 ${e.p99_ms} ms`);

    const o2 = {
      connections: mode.connections,
      seconds: mode.offline2S,
      margin: mode.offline2Margin,
      minRequests: mode.offline2Min,
      maxRequests: mode.offline2Max,
    };
    const show = (r: Offline2Result) =>
      `${r.rps.toFixed(0)} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms (${r.requests} requests in ${r.duration_s} s; warm-up ${r.warm_rps.toFixed(0)} req/s; machine ${r.cpu_busy === undefined ? '?' : Math.round(100 * r.cpu_busy)}% busy)${r.ended_early ? '; ended early: out of fresh bodies' : ''}`;

    // 4. SQLite: offline2 and batch10k, with the audit trail (the figures of record) and without it (its
    // cost), one node after the other, each alone on the server core while measured; the 10k batches
    // alternate between the two nodes. Then the impact preview.
    pin(s1.node.child, c.serverCore);
    pin(s0.node.child, c.serverCore);
    const so = await measureOffline2(load, [s1], [sWarm], { ...o2, label: OFFLINE2_LABEL });
    Object.assign(f, { offline2_rps: so.rps, offline2_p99_ms: so.p99_ms, ...busyOf('offline2', so) });
    s1Peak('offline2');
    log(`sqlite: offline2 ${show(so)}`);
    const s0o = await measureOffline2(load, [s0], [s0Warm], { ...o2, label: 'noaudit_o2' });
    Object.assign(f, { noaudit_offline2_rps: s0o.rps, noaudit_offline2_p99_ms: s0o.p99_ms });
    log(`sqlite, audit off: offline2 ${show(s0o)}`);
    const auditRounds = [
      { on: so, off: s0o },
      ...(await moreAuditRounds(
        load,
        s1,
        s0,
        // Bodies for twice the warm-up's rate, as the notifications' rounds: provisioning is most of a round.
        { ...o2, seconds: Math.min(o2.seconds, mode.auditRoundS), margin: Math.min(o2.margin, 2) },
        mode.offline2Warm,
        mode.auditRounds,
      )),
    ];
    Object.assign(f, auditCostFigures(auditRounds));
    s1Peak('audit rounds');
    log(
      `sqlite: the audit's cost over ${auditRounds.length} round(s), on/off: ${auditRounds.map((r) => `${r.on.rps.toFixed(0)}/${r.off.rps.toFixed(0)} req/s, ${r.on.cpu_ms_per_request?.toFixed(3)}/${r.off.cpu_ms_per_request?.toFixed(3)} CPU ms per request`).join('; ')}`,
    );
    const sbRuns: number[] = [];
    const s0bRuns: number[] = [];
    for (const [i, ids] of sSets.entries()) {
      sbRuns.push((await measureBatch10k(s1, [ids])).ms);
      s0bRuns.push((await measureBatch10k(s0, [s0Sets[i]!])).ms);
    }
    s1Peak('batch10k');
    f.batch10k_ms = median(sbRuns);
    f.noaudit_batch10k_ms = median(s0bRuns);
    log(`sqlite: batch10k ${sbRuns.map((x) => x.toFixed(0)).join(', ')} ms; audit off ${s0bRuns.map((x) => x.toFixed(0)).join(', ')} ms`);
    Object.assign(
      f,
      await notify.measure({
        load,
        serverCore: c.serverCore,
        o2,
        log,
        rounds: Math.min(mode.auditRounds, NOTIFY_ROUNDS),
        roundS: Math.min(mode.auditRoundS, 3),
        // Each round's nodes have run offline2 before (the first round's, the setup's publishes): half the warm-up.
        warm: Math.ceil(mode.offline2Warm / 2),
      }),
    );
    await stopNow(notify);
    await stopNow(s0.node);
    const im = await measureImpact(s1, impactTree, mode.impactReps);
    f.impact10k_ms = im.ms;
    s1Peak('impact');
    log(`memory: peak resident set of the SQLite node after each phase, MB: ${s1Peaks.join('; ')}`);
    log(
      `sqlite: impact preview of one object with ${impactTree.objects - 1} dependants: ${im.runs.map((x) => x.toFixed(0)).join(', ')} ms`,
    );

    // 5. The floors: the same rows by raw better-sqlite3 on the same file, its node stopped; offline2's SQL raw.
    await stopNow(s1.node);
    const floors = sSets.map((objectIds) =>
      sqliteFloor({
        path: path('writes.db'),
        projectId: s1.node.projectId,
        workspaceId: s1.node.workspaceId,
        adminId: s1.adminId,
        objectIds,
      }),
    );
    f.floor10k_ms = median(floors);
    log(`sqlite: floor10k ${floors.map((x) => x.toFixed(0)).join(', ')} ms`);
    // What SQLite alone allows for offline2 (no HTTP, no query building, no fsync), on a database of its own.
    // Its rows as archgate writes them for the measured run (the names of its objects: sql-floor2.ts).
    f.sql_floor2_tps = sqlFloor2(path('floor2.db'), await createSqliteDb(path('floor2.db')), mode.floor2Transactions, {
      data: 'as-archgate',
      namePrefix: runNamePrefix(OFFLINE2_LABEL, 0),
    });
    // The floor as it was until round 11 (every application named 'n'), on half the transactions: shown beside.
    f.sql_floor2_one_name_tps = sqlFloor2(
      path('floor2-one-name.db'),
      await createSqliteDb(path('floor2-one-name.db')),
      mode.floor2Transactions / 2,
      { data: 'one-name' },
    );
    log(
      `sqlite: the SQL of one offline2 request, raw: ${f.sql_floor2_tps.toFixed(0)} transactions/s (every application named 'n', as until round 11: ${f.sql_floor2_one_name_tps.toFixed(0)})`,
    );

    // 6. SQLite: list latency on the seeded database.
    const listNode = listApi.node;
    pin(listNode.child, c.serverCore);
    f.list_rows = countApprovals(path('list.db'));
    const lists = [];
    for (const q of LIST_QUERIES) lists.push(await measureList(listApi, q, mode.listWarm, mode.listRequests, mode.listBudgetS));
    // The reviewer's inbox in a browser (issue 13), on the same node and rows: the admin is their approver.
    Object.assign(f, await consoleInboxFigure(listApi, f.list_rows, mode.consoleRuns, consoleSkip, log));
    await stopNow(listNode);
    for (const l of lists)
      log(
        `sqlite: list ?${l.query} over ${f.list_rows} rows: p50 ${l.p50_ms.toFixed(1)} ms, p99 ${l.p99_ms.toFixed(1)} ms, max ${l.max_ms.toFixed(1)} ms (total ${l.total}; ${l.requests} requests; the slowest were requests ${l.slowest_at.join(', ')}, with ${l.slowest_client_gc_ms.join(', ')} ms of the bench's own garbage collection in them; the node ran ${l.node_major_gcs} mark-compacts)`,
      );
    for (const l of lists) f[`list_${l.label}_node_major_gcs`] = l.node_major_gcs;
    Object.assign(f, {
      list_p99_ms: Math.max(...lists.map((l) => l.p99_ms)),
      list_status_p99_ms: lists[0]!.p99_ms,
      list_name_p99_ms: lists[1]!.p99_ms,
    });

    // 6b. PostgreSQL: the same list queries on the same rows, in a database of their own.
    pin(pgListApi.node.child, c.serverCore);
    Object.assign(f, await measurePgList(pgListApi, LIST_QUERIES, mode, log));
    await stopNow(pgListApi.node);

    // 7. PostgreSQL, one node: offline2, batch10k.
    pin(p1.node.child, c.serverCore);
    const po = await measureOffline2(load, [p1], [pWarm], { ...o2, label: 'pg_o2' });
    Object.assign(f, { pg_offline2_rps: po.rps, pg_offline2_p99_ms: po.p99_ms, ...busyOf('pg_offline2', po) });
    log(`pg: offline2, 1 node: ${show(po)}`);
    const pb = await measureBatch10k(p1, pSets);
    f.pg_batch10k_ms = pb.ms;
    log(`pg: batch10k ${pb.runs.map((x) => x.toFixed(0)).join(', ')} ms`);
    // PostgreSQL's floor: the same rows raw, in one transaction, on the same database (its nodes idle).
    const pgFloors: number[] = [];
    for (const objectIds of pSets)
      pgFloors.push(
        await pgFloor(pgUrl, { projectId: p1.node.projectId, workspaceId: p1.node.workspaceId, adminId: p1.adminId, objectIds }),
      );
    f.pg_floor10k_ms = median(pgFloors);
    log(`pg: floor10k ${pgFloors.map((x) => x.toFixed(0)).join(', ')} ms`);

    // 8. PostgreSQL, two nodes on the same database: node 1 on the server core, node 2 on the other; two nodes
    // take both cores, so the load generator is unpinned for this run.
    pin(p2.child, other);
    load.pin(null);
    const p2o = await measureOffline2(load, [p1, p2api], p2Warm, { ...o2, label: 'pg_o2x2' });
    Object.assign(f, { pg_2nodes_offline2_rps: p2o.rps, pg_2nodes_offline2_p99_ms: p2o.p99_ms, ...busyOf('pg_2nodes_offline2', p2o) });
    log(`pg: offline2, 2 nodes: ${show(p2o)}; per node ${p2o.perNode.map((r) => `${r.completed} in ${r.duration_s} s`).join(', ')}`);
    // The nodes' memory: the largest resident set any of them reached over the run.
    const rss = rssPeaks();
    if (rss) {
      f.rss_peak_mb = rss.max;
      log(
        `memory: peak resident set per node, MB: ${Object.entries(rss.byNode)
          .map(([n, mb]) => `${n} ${mb.toFixed(0)}`)
          .join('; ')}`,
      );
    }
    return f;
  } finally {
    for (const x of started.reverse()) await x.stop();
  }
}
