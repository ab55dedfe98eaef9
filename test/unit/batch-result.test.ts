import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATION_STATUSES, type OperationStatus } from '../../src/domain/enums.js';
import { summarize } from '../../src/domain/batch-result.js';

const items = (...s: OperationStatus[]) => s.map((operation_status) => ({ operation_status }));

describe('summarize: a batch from its items', () => {
  it.each([
    {
      name: 'empty batch is a finished success',
      items: items(),
      expected: { operation_status: 'SUCCESS', total: 0, success: 0, failed: 0, rate: '1.00' },
    },
    {
      name: 'all succeeded',
      items: items('SUCCESS', 'SUCCESS'),
      expected: { operation_status: 'SUCCESS', total: 2, success: 2, failed: 0, rate: '1.00' },
    },
    {
      name: 'one failure fails the batch, even with items still running',
      items: items('SUCCESS', 'FAILED', 'RUNNING'),
      expected: { operation_status: 'FAILED', total: 3, success: 1, failed: 1, rate: '0.67' },
    },
    {
      name: 'running while any item is due and none failed',
      items: items('SUCCESS', 'RUNNING', 'RUNNING'),
      expected: { operation_status: 'RUNNING', total: 3, success: 1, failed: 0, rate: '0.33' },
    },
    {
      name: 'nothing processed yet',
      items: items('RUNNING'),
      expected: { operation_status: 'RUNNING', total: 1, success: 0, failed: 0, rate: '0.00' },
    },
  ] as const)('$name', ({ items: its, expected }) => {
    expect(summarize(its)).toEqual(expected);
  });

  it('counts add up, the rate is the processed share with two decimals, and the status follows the first rule that applies', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OPERATION_STATUSES), { maxLength: 300 }), (statuses) => {
        const r = summarize(items(...statuses));
        const running = statuses.filter((x) => x === 'RUNNING').length;
        expect(r.total).toBe(statuses.length);
        expect(r.success + r.failed + running).toBe(r.total);
        expect(r.rate).toMatch(/^[01]\.\d{2}$/);
        if (r.total > 0) expect(Math.abs(Number(r.rate) - (r.success + r.failed) / r.total)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(r.operation_status).toBe(r.failed > 0 ? 'FAILED' : running > 0 ? 'RUNNING' : 'SUCCESS');
      }),
    );
  });
});
