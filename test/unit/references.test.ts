import { describe, expect, it } from 'vitest';
import { batchOrder, checkOffline, checkPublish } from '../../src/domain/references.js';

describe('reference rules (pure)', () => {
  // L3 references L2 references L1.
  const edges = [
    ['l3', 'l2'],
    ['l2', 'l1'],
  ] as const;
  it('orders a publish parents first and an offline dependants first, whatever the request order', () => {
    expect(batchOrder('PUBLISH', ['l3', 'l1', 'l2'], edges)).toEqual(['l1', 'l2', 'l3']);
    expect(batchOrder('OFFLINE', ['l1', 'l3', 'l2'], edges)).toEqual(['l3', 'l2', 'l1']);
    expect(batchOrder('PUBLISH', ['x', 'l2', 'y'], edges)).toEqual(['x', 'l2', 'y']);
  });
  it('keeps a cycle in request order after the rest', () => {
    expect(
      batchOrder(
        'PUBLISH',
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
      ),
    ).toEqual(['c', 'a', 'b']);
  });
  it('picks, among the ready items, the earliest in the request (as a sort of the ready list would)', () => {
    // The reference: Kahn's algorithm re-sorting the whole ready list at every step.
    const naive = (ids: string[], es: [string, string][]) => {
      const waiting = new Map(ids.map((id) => [id, 0]));
      for (const [, dst] of es) waiting.set(dst, waiting.get(dst)! + 1);
      const out: string[] = [];
      const ready = ids.filter((id) => waiting.get(id) === 0);
      while (ready.length) {
        ready.sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
        const id = ready.shift()!;
        out.push(id);
        for (const [src, dst] of es)
          if (src === id) {
            waiting.set(dst, waiting.get(dst)! - 1);
            if (waiting.get(dst) === 0) ready.push(dst);
          }
      }
      return out;
    };
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const ids = Array.from({ length: 60 }, (_, i) => `o${i}`);
      for (let i = ids.length - 1; i > 0; i--) {
        const j = rnd(i + 1);
        [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      }
      // Edges from a lower to a higher number only: a DAG. OFFLINE puts the referrer (src) first.
      const es: [string, string][] = [];
      for (let k = 0; k < 80; k++) {
        const a = rnd(60),
          b = rnd(60);
        if (a < b) es.push([`o${a}`, `o${b}`]);
      }
      expect(batchOrder('OFFLINE', ids, es)).toEqual(naive(ids, es));
    }
  });
  it('orders a 10,000-item chain completely', () => {
    const ids = Array.from({ length: 10000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => [id, ids[i]!] as const);
    expect(batchOrder('PUBLISH', [...ids].reverse(), chain)).toEqual(ids);
  });
  it('names the blocking reference on publish', () => {
    const parent = { id: 'p', bizType: 'SUBJECT', name: 'finance', status: 'DRAFT' };
    expect(checkPublish('child', [parent], new Set())).toEqual({
      ok: false,
      remark: 'Definition child references SUBJECT finance, which is not published',
    });
    expect(checkPublish('child', [parent], new Set(['p']))).toEqual({ ok: true });
    expect(checkPublish('child', [{ ...parent, status: 'PUBLISHED' }], new Set())).toEqual({ ok: true });
  });
  it('names up to five online dependants and the total on offline', () => {
    const deps = Array.from({ length: 7 }, (_, i) => ({
      id: `d${i}`,
      bizType: 'TABLE_MODEL',
      name: `t${i}`,
      status: i === 6 ? 'DRAFT' : 'PUBLISHED',
    }));
    expect(checkOffline('std', deps, new Set(['d0']))).toEqual({
      ok: false,
      remark:
        'Definition std is referenced by 5 published objects: TABLE_MODEL t1, TABLE_MODEL t2, TABLE_MODEL t3, TABLE_MODEL t4, TABLE_MODEL t5',
    });
    expect(checkOffline('std', [...deps, ...deps.map((d) => ({ ...d, id: `e${d.id}` }))], new Set()).ok).toBe(false);
    expect(
      (checkOffline('std', [...deps, ...deps.map((d) => ({ ...d, id: `e${d.id}` }))], new Set()) as { remark: string }).remark,
    ).toMatch(/referenced by 12 published objects: .*, and 7 more$/);
    expect(checkOffline('std', deps.slice(6), new Set())).toEqual({ ok: true });
  });
});
