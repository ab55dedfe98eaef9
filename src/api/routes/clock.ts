import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Services } from '../../services.js';
import type { TestClock } from '../../jobs/test-clock.js';
import { advanceClock } from '../../usecases/advance-clock.js';
import { principalOf } from '../authenticate.js';
import { ok } from '../present.js';
import { Envelope, errorResponses } from '../wire/common.js';

/**
 * archgate extension: with ARCHGATE_CLOCK=test, an administrator moves the clock forward so that tests
 * (archgate's and its users') never wait for a scheduled time. Refused in normal mode.
 */
export const clockRoutes =
  (s: Services, testClock: TestClock | undefined, afterAdvance: () => Promise<void>): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/archgate/v1/clock',
      {
        config: { authenticated: true },
        schema: {
          operationId: 'ArchgateAdvanceClock',
          summary: 'archgate extension (not in the cloud API). Advance the test clock (ARCHGATE_CLOCK=test only; administrators)',
          tags: ['archgate extension: test clock'],
          body: Type.Object({ advance_ms: Type.Integer({ minimum: 0, maximum: 366 * 24 * 3600 * 1000 }) }),
          response: { 200: Envelope(Type.Object({ now: Type.String() })), ...errorResponses },
        },
      },
      async (req) => {
        const now = await advanceClock(s, principalOf(req), { testClock, advanceMs: req.body.advance_ms, afterAdvance });
        return ok({ now: now.toISOString() });
      },
    );
  };
