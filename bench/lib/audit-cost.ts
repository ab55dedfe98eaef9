import type { Api } from './api.js';
import type { LoadGenerator } from './load.js';
import { bodiesPerNode, measureOffline2, provisionPairs, type Offline2Options, type Offline2Result } from './offline2.js';
import { median } from './stats.js';

/** One round of the audit's cost: the same offline2 run on a node with the audit and on one without. */
export interface AuditRound {
  on: Offline2Result;
  off: Offline2Result;
}

/**
 * Further rounds after the first (which the suite measures as its figures of record), each on fresh
 * warm-up bodies, in alternating order (off first in odd rounds), so that a machine that gets busier or
 * quieter during the run does not favour the node measured second.
 */
export async function moreAuditRounds(
  load: LoadGenerator,
  on: Api,
  off: Api,
  o2: Omit<Offline2Options, 'label'>,
  warm: number,
  rounds: number,
): Promise<AuditRound[]> {
  const out: AuditRound[] = [];
  for (let r = 1; r < rounds; r++) {
    const per = bodiesPerNode(warm, 1, o2.connections);
    const [wOn, wOff] = await Promise.all([provisionPairs(on, per, `audit_on_w${r}`), provisionPairs(off, per, `audit_off_w${r}`)]);
    const runOn = () => measureOffline2(load, [on], [wOn], { ...o2, label: `audit_on_${r}` });
    const runOff = () => measureOffline2(load, [off], [wOff], { ...o2, label: `audit_off_${r}` });
    if (r % 2 === 1) {
      const offR = await runOff();
      out.push({ on: await runOn(), off: offR });
    } else {
      const onR = await runOn();
      out.push({ on: onR, off: await runOff() });
    }
  }
  return out;
}

/**
 * The audit's cost as two ratios, each the median over the rounds, 1 meaning free:
 * - audit_offline2_ratio: requests per second with the audit over without it (the measure; noisy
 *   on a shared machine, since two runs seconds apart see different neighbours);
 * - audit_offline2_cpu_ratio: CPU time per request without the audit over with it, which the machine's
 *   other load hardly moves.
 */
export function auditCostFigures(rounds: AuditRound[]): Record<string, number> {
  const f: Record<string, number> = {
    audit_offline2_ratio: median(rounds.map((r) => r.on.rps / r.off.rps)),
    audit_rounds: rounds.length,
  };
  const cpu = rounds.filter((r) => r.on.cpu_ms_per_request && r.off.cpu_ms_per_request);
  if (cpu.length > 0) {
    f.audit_offline2_cpu_ratio = median(cpu.map((r) => r.off.cpu_ms_per_request! / r.on.cpu_ms_per_request!));
    f.offline2_cpu_ms_per_request = median(cpu.map((r) => r.on.cpu_ms_per_request!));
    f.noaudit_offline2_cpu_ms_per_request = median(cpu.map((r) => r.off.cpu_ms_per_request!));
  }
  return f;
}
