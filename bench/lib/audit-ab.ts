import type { Api } from './api.js';
import { measureBatch10k, provisionBatch10k } from './batch10k.js';
import type { LoadGenerator } from './load.js';
import type { Log } from './log.js';
import { auditCostFigures, moreAuditRounds } from './audit-cost.js';
import { bodiesPerNode, measureOffline2, provisionPairs, type Offline2Options } from './offline2.js';
import { pin } from './procs.js';
import { median } from './stats.js';

/**
 * The audit's cost alone (bench/cost.ts audit): two SQLite nodes started and provisioned alike, each on a
 * database of its own, one with the audit trail and one with ARCHGATE_AUDIT=off, measured in alternating
 * rounds of offline2 on fresh bodies (as the suite's audit rounds are), then alternating 10,000-item batches.
 * The suite's own audit rounds compare its node of record, whose database also holds the impact tree and the
 * list warm-ups, with a node that lacks them; these two differ only in the audit.
 */
export async function auditAB(i: {
  start(name: string, file: string, workerId: number, env: Record<string, string>): Promise<Api>;
  load: LoadGenerator;
  serverCore: number | null;
  o2: Omit<Offline2Options, 'label'>;
  warm: number;
  rounds: number;
  batches: number;
  log: Log;
}): Promise<{ figures: Record<string, number>; stop(): Promise<void> }> {
  const [on, off] = await Promise.all([
    i.start('archgate (sqlite, audit on)', 'writes-audit-on.db', 5, {}),
    i.start('archgate (sqlite, audit off)', 'writes-audit-off.db', 6, { ARCHGATE_AUDIT: 'off' }),
  ]);
  const stop = async () => {
    await Promise.all([on.node.stop(), off.node.stop()]);
  };
  const provision = async (api: Api, tag: string) => {
    const warm = await provisionPairs(api, bodiesPerNode(i.warm, 1, i.o2.connections), `audit_ab_w_${tag}`);
    return { warm, sets: await provisionBatch10k(api, i.batches, `audit_ab_b_${tag}`) };
  };
  const [pOn, pOff] = await Promise.all([provision(on, 'on'), provision(off, 'off')]);
  const [wOn, sOn, wOff, sOff] = [pOn.warm, pOn.sets, pOff.warm, pOff.sets];
  i.log(`set up: two SQLite nodes (audit on and off), ${i.rounds} rounds, ${i.batches} batch pairs`);
  pin(on.node.child, i.serverCore);
  pin(off.node.child, i.serverCore);
  // The first round as the suite's first (with the audit first), then the alternating ones.
  const first = {
    on: await measureOffline2(i.load, [on], [wOn], { ...i.o2, label: 'audit_ab_on_0' }),
    off: await measureOffline2(i.load, [off], [wOff], { ...i.o2, label: 'audit_ab_off_0' }),
  };
  const rounds = [first, ...(await moreAuditRounds(i.load, on, off, i.o2, i.warm, i.rounds))];
  const bOn: number[] = [];
  const bOff: number[] = [];
  for (const [k, ids] of sOn.entries()) {
    const onFirst = k % 2 === 0;
    if (!onFirst) bOff.push((await measureBatch10k(off, [sOff[k]!])).ms);
    bOn.push((await measureBatch10k(on, [ids])).ms);
    if (onFirst) bOff.push((await measureBatch10k(off, [sOff[k]!])).ms);
  }
  i.log(
    `sqlite, audit on/off, ${rounds.length} round(s): ${rounds
      .map(
        (r) =>
          `${r.on.rps.toFixed(0)}/${r.off.rps.toFixed(0)} req/s, ${r.on.cpu_ms_per_request?.toFixed(3)}/${r.off.cpu_ms_per_request?.toFixed(3)} CPU ms per request`,
      )
      .join('; ')}; batch10k on ${bOn.map((x) => x.toFixed(0)).join(', ')} ms, off ${bOff.map((x) => x.toFixed(0)).join(', ')} ms`,
  );
  return {
    figures: { ...auditCostFigures(rounds), audit_batch10k_ratio: median(bOn.map((x, k) => x / bOff[k]!)) },
    stop,
  };
}
