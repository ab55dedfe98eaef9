import { describe, expect, it } from 'vitest';
import { batchOrder, checkOffline, checkPublish } from '../../src/domain/references.js';

describe('reference rules (pure)', () => {
  // L3 references L2 references L1.
  const edges = [['l3', 'l2'], ['l2', 'l1']] as const;
  it('orders a publish parents first and an offline dependants first, whatever the request order', () => {
    expect(batchOrder('PUBLISH', ['l3', 'l1', 'l2'], edges)).toEqual(['l1', 'l2', 'l3']);
    expect(batchOrder('OFFLINE', ['l1', 'l3', 'l2'], edges)).toEqual(['l3', 'l2', 'l1']);
    expect(batchOrder('PUBLISH', ['x', 'l2', 'y'], edges)).toEqual(['x', 'l2', 'y']);
  });
  it('keeps a cycle in request order after the rest', () => {
    expect(batchOrder('PUBLISH', ['a', 'b', 'c'], [['a', 'b'], ['b', 'a']])).toEqual(['c', 'a', 'b']);
  });
  it('names the blocking reference on publish', () => {
    const parent = { id: 'p', bizType: 'SUBJECT', name: 'finance', status: 'DRAFT' };
    expect(checkPublish('child', [parent], new Set())).toEqual({ ok: false, remark: 'Definition child references SUBJECT finance, which is not published' });
    expect(checkPublish('child', [parent], new Set(['p']))).toEqual({ ok: true });
    expect(checkPublish('child', [{ ...parent, status: 'PUBLISHED' }], new Set())).toEqual({ ok: true });
  });
  it('names up to five online dependants and the total on offline', () => {
    const deps = Array.from({ length: 7 }, (_, i) => ({ id: `d${i}`, bizType: 'TABLE_MODEL', name: `t${i}`, status: i === 6 ? 'DRAFT' : 'PUBLISHED' }));
    expect(checkOffline('std', deps, new Set(['d0']))).toEqual({
      ok: false, remark: 'Definition std is referenced by 5 published objects: TABLE_MODEL t1, TABLE_MODEL t2, TABLE_MODEL t3, TABLE_MODEL t4, TABLE_MODEL t5',
    });
    expect(checkOffline('std', [...deps, ...deps.map((d) => ({ ...d, id: `e${d.id}` }))], new Set()).ok).toBe(false);
    expect((checkOffline('std', [...deps, ...deps.map((d) => ({ ...d, id: `e${d.id}` }))], new Set()) as { remark: string }).remark).toMatch(/referenced by 12 published objects: .*, and 7 more$/);
    expect(checkOffline('std', deps.slice(6), new Set())).toEqual({ ok: true });
  });
});
