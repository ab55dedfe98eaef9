import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envTypeOf, envsOf, isSubset, requestedEnvs, type Env } from '../../src/domain/environments.js';

describe('environments: env_type on the wire and the set it stands for', () => {
  it.each([
    { envType: 'DEV_TYPE', set: ['dev'] },
    { envType: 'PROD_TYPE', set: ['prod'] },
    { envType: 'DEV_PROD_TYPE', set: ['dev', 'prod'] },
    { envType: null, set: [] },
  ] as const)('$envType is $set and back', ({ envType, set }) => {
    expect([...envsOf(envType)].sort()).toEqual([...set]);
    expect(envTypeOf(new Set<Env>(set))).toBe(envType);
  });

  it.each([undefined, 'INVALID_TYPE', 'dev', ''])('%s names no environment', (v) => {
    expect(envsOf(v).size).toBe(0);
  });

  it.each([
    { item: 'DEV_TYPE', batch: 'PROD_TYPE', expected: ['dev'] },
    { item: undefined, batch: 'PROD_TYPE', expected: ['prod'] },
    { item: undefined, batch: undefined, expected: ['dev', 'prod'] },
  ])('an item asking $item in a batch asking $batch requests $expected', ({ item, batch, expected }) => {
    expect([...requestedEnvs(item, batch)].sort()).toEqual(expected);
  });

  it('isSubset agrees with the definition on every pair of sets', () => {
    const set = fc.subarray<Env>(['dev', 'prod']).map((a) => new Set(a));
    fc.assert(
      fc.property(set, set, (a, b) => {
        expect(isSubset(a, b)).toBe([...a].every((e) => b.has(e)));
      }),
    );
  });
});
