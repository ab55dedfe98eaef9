import { DomainError } from '../domain/errors.js';
import type { TestClock } from '../jobs/test-clock.js';
import type { Services } from '../services.js';
import { requireDomainAdmin } from './iam-guards.js';
import type { Principal } from './principal.js';

export interface AdvanceClockInput {
  /** The test clock; absent unless ARCHGATE_CLOCK=test. */
  testClock: TestClock | undefined;
  advanceMs: number;
  /** Runs the work that has come due, before the answer, so that a test can check its effects right away. */
  afterAdvance: () => Promise<void>;
}

/** ArchgateAdvanceClock: an administrator moves the test clock forward. Refused in normal mode. */
export async function advanceClock(s: Services, p: Principal, input: AdvanceClockInput): Promise<Date> {
  if (!input.testClock) throw new DomainError('TEST_CLOCK_OFF');
  await requireDomainAdmin(s, p).catch(() => {
    throw new DomainError('FORBIDDEN', { detail: 'only an administrator moves the test clock' });
  });
  const now = await input.testClock.advance(input.advanceMs);
  await input.afterAdvance();
  return now;
}
