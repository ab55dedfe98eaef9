import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApprovalType } from '../../src/domain/enums.js';
import { envsOf, type Env } from '../../src/domain/environments.js';
import { placeApproved, statusAfterDecision, type ObjectState } from '../../src/domain/plans.js';

const obj = (o: Partial<ObjectState> = {}): ObjectState => ({
  status: 'PUBLISH_DEVELOPING',
  prior_status: null,
  env_type: null,
  dev_version: 3,
  prod_version: 5,
  biz_version: 7,
  edit: null,
  ...o,
});
const envs = (...e: Env[]) => new Set<Env>(e);

describe('placeApproved: where an approved request leaves the object', () => {
  it.each([
    {
      name: 'simple publish: online, one more version, no environment',
      type: 'PUBLISH',
      mode: 'simple',
      from: null,
      req: envs('dev', 'prod'),
      status: 'PUBLISHED',
      env: null,
      biz: 8,
      dev: 3,
      prod: 5,
    },
    {
      name: 'simple offline: offline, versions kept',
      type: 'OFFLINE',
      mode: 'simple',
      from: null,
      req: envs('dev', 'prod'),
      status: 'OFFLINE',
      env: null,
      biz: 7,
      dev: 3,
      prod: 5,
    },
    {
      name: 'enterprise publish to dev from nowhere',
      type: 'PUBLISH',
      mode: 'enterprise',
      from: null,
      req: envs('dev'),
      status: 'PUBLISHED',
      env: 'DEV_TYPE',
      biz: 8,
      dev: 4,
      prod: 5,
    },
    {
      name: 'enterprise publish to prod when online in dev',
      type: 'PUBLISH',
      mode: 'enterprise',
      from: 'DEV_TYPE',
      req: envs('prod'),
      status: 'PUBLISHED',
      env: 'DEV_PROD_TYPE',
      biz: 8,
      dev: 3,
      prod: 6,
    },
    {
      name: 'enterprise publish to both counts both',
      type: 'PUBLISH',
      mode: 'enterprise',
      from: null,
      req: envs('dev', 'prod'),
      status: 'PUBLISHED',
      env: 'DEV_PROD_TYPE',
      biz: 8,
      dev: 4,
      prod: 6,
    },
    {
      name: 'enterprise offline of one of two stays online in the other',
      type: 'OFFLINE',
      mode: 'enterprise',
      from: 'DEV_PROD_TYPE',
      req: envs('dev'),
      status: 'PUBLISHED',
      env: 'PROD_TYPE',
      biz: 7,
      dev: 3,
      prod: 5,
    },
    {
      name: 'enterprise offline of the last environment goes offline',
      type: 'OFFLINE',
      mode: 'enterprise',
      from: 'PROD_TYPE',
      req: envs('prod'),
      status: 'OFFLINE',
      env: null,
      biz: 7,
      dev: 3,
      prod: 5,
    },
    {
      name: 'enterprise offline of both goes offline',
      type: 'OFFLINE',
      mode: 'enterprise',
      from: 'DEV_PROD_TYPE',
      req: envs('dev', 'prod'),
      status: 'OFFLINE',
      env: null,
      biz: 7,
      dev: 3,
      prod: 5,
    },
  ] as const)('$name', ({ type, mode, from, req, status, env, biz, dev, prod }) => {
    expect(placeApproved(type, obj({ env_type: from }), mode, req)).toEqual({
      status,
      env_type: env,
      biz_version: biz,
      dev_version: dev,
      prod_version: prod,
    });
  });

  const envSet = fc.subarray<Env>(['dev', 'prod'], { minLength: 1 }).map((a) => new Set(a));
  const envType = fc.constantFrom(null, 'DEV_TYPE', 'PROD_TYPE', 'DEV_PROD_TYPE');

  it('in an enterprise workspace, a publish adds exactly the requested environments and an offline removes exactly them', () => {
    fc.assert(
      fc.property(fc.constantFrom<ApprovalType>('PUBLISH', 'OFFLINE'), envType, envSet, (type, from, req) => {
        const before = envsOf(from);
        const after = envsOf(placeApproved(type, obj({ env_type: from }), 'enterprise', req).env_type);
        const expected = new Set([...before].filter((e) => !req.has(e)));
        if (type === 'PUBLISH') for (const e of req) expected.add(e);
        expect([...after].sort()).toEqual([...expected].sort());
      }),
    );
  });

  it('an object is PUBLISHED after approval exactly when it is online somewhere, and only a publish counts a version', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ApprovalType>('PUBLISH', 'OFFLINE'),
        fc.constantFrom('simple' as const, 'enterprise' as const),
        envType,
        envSet,
        (type, mode, from, req) => {
          const p = placeApproved(type, obj({ env_type: from }), mode, req);
          expect(p.biz_version).toBe(type === 'PUBLISH' ? 8 : 7);
          if (mode === 'enterprise') expect(p.status === 'PUBLISHED').toBe(envsOf(p.env_type).size > 0);
          else expect(p.status).toBe(type === 'PUBLISH' ? 'PUBLISHED' : 'OFFLINE');
        },
      ),
    );
  });
});

describe('statusAfterDecision: where a reject or withdraw returns the object', () => {
  it.each([
    { type: 'PUBLISH', decision: 'reject', prior: 'OFFLINE', expected: 'REJECT' },
    { type: 'PUBLISH', decision: 'withdraw', prior: 'OFFLINE', expected: 'OFFLINE' },
    { type: 'PUBLISH', decision: 'withdraw', prior: null, expected: 'DRAFT' },
    { type: 'OFFLINE', decision: 'reject', prior: 'DRAFT', expected: 'PUBLISHED' },
    { type: 'OFFLINE', decision: 'withdraw', prior: 'DRAFT', expected: 'PUBLISHED' },
  ] as const)('$type $decision with prior status $prior gives $expected', ({ type, decision, prior, expected }) => {
    expect(statusAfterDecision(type, decision, obj({ prior_status: prior }))).toBe(expected);
  });
});
