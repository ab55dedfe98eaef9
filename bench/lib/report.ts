import { round } from './stats.js';

/** The closing JSON object: figures, the ratios against the baselines of the same run, and the goals. */
export function report(
  mode: string,
  f: Record<string, number>,
  meta: { nproc: number; pinned: boolean; seconds: number; loadavg: number; otherCpuS: number | undefined },
) {
  const ratio = (a: string, b: string) => (f[a] !== undefined && f[b] !== undefined ? f[a]! / f[b]! : undefined);
  const ratios: Record<string, number | undefined> = {
    ratio_offline2_vs_echo: ratio('offline2_rps', 'echo_rps'),
    ratio_sql_floor2_vs_echo: ratio('sql_floor2_tps', 'echo_rps'),
    ratio_batch10k_vs_floor: ratio('batch10k_ms', 'floor10k_ms'),
    ratio_pg_offline2_vs_echo: ratio('pg_offline2_rps', 'echo_rps'),
    // PostgreSQL's batch against PostgreSQL's own floor (runs before pg_floor10k_ms compared with SQLite's).
    ratio_pg_batch10k_vs_floor:
      f.pg_floor10k_ms !== undefined ? ratio('pg_batch10k_ms', 'pg_floor10k_ms') : ratio('pg_batch10k_ms', 'floor10k_ms'),
    ratio_offline2_vs_sql_floor: ratio('offline2_rps', 'sql_floor2_tps'),
    // Against the floor as it was until round 11, every application named 'n' (bench/lib/sql-floor2.ts): shown, not a goal.
    ratio_offline2_vs_one_name_floor: ratio('offline2_rps', 'sql_floor2_one_name_tps'),
    ratio_pg_2nodes_vs_1node: ratio('pg_2nodes_offline2_rps', 'pg_offline2_rps'),
    // The audit trail's cost: the same runs with it over without it (ARCHGATE_AUDIT=off); the suite gives
    // the median over its rounds.
    audit_offline2_ratio: f.audit_offline2_ratio ?? ratio('offline2_rps', 'noaudit_offline2_rps'),
    audit_batch10k_ratio: ratio('batch10k_ms', 'noaudit_batch10k_ms'),
  };
  const all: Record<string, number> = {};
  for (const [k, v] of Object.entries({ ...f, ...ratios }))
    if (v !== undefined)
      all[k] = k.startsWith('ratio_') || k.endsWith('_ratio') || k.endsWith('_cpu_busy') ? Number(v.toFixed(3)) : round(v);
  const met = (k: string, ok: (v: number) => boolean) => (all[k] === undefined ? null : ok(all[k]!));
  // Goals set at 1,000,000 applications; a quick run's smaller table does not decide them.
  const atMillion = all.list_rows !== undefined && all.list_rows >= 1_000_000;
  const metAtMillion = (k: string, ok: (v: number) => boolean) => (atMillion ? met(k, ok) : null);
  // The goals of the issues, each decided on the figures of this run (null: not decided by this run).
  const goals = {
    offline2_vs_echo: met('ratio_offline2_vs_echo', (v) => v >= 0.2),
    batch10k_vs_floor: met('ratio_batch10k_vs_floor', (v) => v <= 2.5),
    // The goal is set at 1,000,000 rows; a quick run's smaller table does not decide it.
    list_p99: metAtMillion('list_p99_ms', (v) => v <= 20),
    pg_2nodes_gt_1node: met('ratio_pg_2nodes_vs_1node', (v) => v > 1),
    audit_offline2: met('audit_offline2_ratio', (v) => v >= 0.9),
    audit_offline2_cpu: met('audit_offline2_cpu_ratio', (v) => v >= 0.9),
    audit_batch10k: met('audit_batch10k_ratio', (v) => v <= 1.1),
    // Issue 15 (performance, round 2).
    list_name_p99: metAtMillion('list_name_p99_ms', (v) => v <= 20),
    list_status_p99: metAtMillion('list_status_p99_ms', (v) => v <= 20),
    pg_list_name_p99: metAtMillion('pg_list_name_p99_ms', (v) => v <= 30),
    pg_list_status_p99: metAtMillion('pg_list_status_p99_ms', (v) => v <= 30),
    offline2_vs_sql_floor: met('ratio_offline2_vs_sql_floor', (v) => v >= 0.5),
    batch10k_vs_floor_2x: met('ratio_batch10k_vs_floor', (v) => v <= 2.0),
    pg_batch10k_vs_pg_floor: all.pg_floor10k_ms === undefined ? null : met('ratio_pg_batch10k_vs_floor', (v) => v <= 2.0),
    rss_peak: met('rss_peak_mb', (v) => v <= 250),
    // Issue 15: a quick run under 60 s, a full one under 6 minutes.
    run_time: meta.seconds < (mode === 'quick' ? 60 : 360),
    // Issue 13 (the console): Pending Review's first page in the browser at a million applications.
    console_inbox: metAtMillion('console_inbox_ms', (v) => v < 1000),
    // Issue 14 (notifications): offline2 and batch10k with notifications on within 10% of off.
    notify_offline2: met('notify_offline2_ratio', (v) => v >= 0.9),
    notify_batch10k: met('notify_batch10k_ratio', (v) => v <= 1.1),
  };
  return {
    bench: 'archgate',
    mode,
    ...all,
    goals_met: goals,
    nproc: meta.nproc,
    pinned: meta.pinned,
    loadavg_at_start: meta.loadavg,
    other_cpu_s: meta.otherCpuS === undefined ? null : round(meta.otherCpuS),
    seconds: round(meta.seconds),
  };
}
