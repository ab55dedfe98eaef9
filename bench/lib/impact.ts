import type { Api } from './api.js';
import { median } from './stats.js';

export interface ImpactTree {
  root: string;
  objects: number;
}

/**
 * One ATOMIC_METRIC with 9,999 transitive dependants, DERIVED_METRICs in four levels (10, 100, 1,000,
 * 8,889), each referencing one object of the level above; all registered and fast-published (unmeasured).
 */
export async function provisionImpactTree(api: Api, label: string): Promise<ImpactTree> {
  const create = async (objects: object[]) => {
    const r = await api.call<{ data: { value: { records: { id: string }[] } } }>('POST', '/archgate/v1/{p}/objects', { objects });
    return r.data.value.records.map((o) => o.id);
  };
  const [root] = await create([{ biz_type: 'ATOMIC_METRIC', name_en: `${label}_root` }]);
  let level = [root!];
  let levelType = 'ATOMIC_METRIC';
  const dependants: string[] = [];
  for (const width of [10, 100, 1000, 8889]) {
    const above = level;
    const aboveType = levelType;
    level = await create(
      Array.from({ length: width }, (_, i) => ({
        biz_type: 'DERIVED_METRIC',
        name_en: `${label}_${width}_${i}`,
        references: [{ biz_type: aboveType, biz_id: above[i % above.length]! }],
      })),
    );
    levelType = 'DERIVED_METRIC';
    dependants.push(...level);
  }
  // Parents first: each batch publishes objects whose references are already online.
  await api.batch('publish', [root!], 'ATOMIC_METRIC');
  for (let i = 0; i < dependants.length; i += 10000) await api.batch('publish', dependants.slice(i, i + 10000), 'DERIVED_METRIC');
  return { root: root!, objects: 1 + dependants.length };
}

/**
 * The impact preview of taking the root offline (`POST /archgate/v1/{project_id}/impact`), timed as the
 * HTTP request; checks that the closure holds every dependant. The median over `reps`.
 */
export async function measureImpact(api: Api, tree: ImpactTree, reps: number): Promise<{ ms: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = await api.call<{ data: { value: { closure: unknown[] } } }>('POST', '/archgate/v1/{p}/impact', {
      action: 'OFFLINE',
      biz_infos: [{ biz_id: tree.root, biz_type: 'ATOMIC_METRIC' }],
    });
    runs.push(performance.now() - t0);
    // The closure lists the root and every dependant.
    if (r.data.value.closure.length !== tree.objects)
      throw new Error(`impact: closure of ${r.data.value.closure.length}, expected ${tree.objects}`);
  }
  return { ms: median(runs), runs };
}
