import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, poolFor, type Seeded } from './helpers/fuzz-seed.js';
import { contractBreaches, FailureLog, type Answer } from './helpers/fuzz-oracle.js';
import { describeWire, requestArb, toWire, type FuzzRequest, type WireRequest } from './helpers/fuzz-request.js';
import { operationsOf, type Operation } from './helpers/openapi-operations.js';
import { preview } from './helpers/raw-json.js';
import type { Mode, Pools } from './helpers/schema-arbitrary.js';
import { changedTables, digestStore, type Digest } from './helpers/store-digest.js';
import { ADMIN_PASSWORD, ENGINES, loginAs, startServer, type TestServer } from './helpers/server.js';

/**
 * Issue 9: every operation of the OpenAPI document, driven by its own schemas with valid, boundary and
 * invalid values, never answers 5xx, answers errors only with statuses it declares and in the shape it
 * declares, and writes nothing when it refuses. Bounded in time (ARCHGATE_FUZZ_MS per engine); the seed
 * (ARCHGATE_FUZZ_SEED to replay, ARCHGATE_FUZZ_RUNS to stop at the same request) is in every failure.
 * The runs share one server, as clients do: a replay is exact up to the server's own ids and clock.
 * ARCHGATE_FUZZ_TRACE=1 prints every request and answer, to find what led up to a failure.
 */
const BUDGET_MS = Number(process.env.ARCHGATE_FUZZ_MS ?? 40_000);
const SEED = process.env.ARCHGATE_FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.ARCHGATE_FUZZ_SEED);
const RUNS = Number(process.env.ARCHGATE_FUZZ_RUNS ?? 1_000_000);
/** Not a timing assertion: a request that hangs this long would stall the run, so it is reported instead. */
const ANSWER_WITHIN_MS = 30_000;
const MODES: { weight: number; mode: Mode }[] = [
  { weight: 4, mode: 'valid' },
  { weight: 3, mode: 'boundary' },
  { weight: 3, mode: 'invalid' },
];

async function send(url: string, w: WireRequest): Promise<Answer> {
  const res = await fetch(url + w.path, {
    method: w.method,
    headers: w.headers,
    body: w.body,
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const text = await res.text();
  try {
    return { status: res.status, text, json: JSON.parse(text), parsed: true };
  } catch {
    return { status: res.status, text, json: undefined, parsed: false };
  }
}

describe.each(ENGINES)('schema-driven fuzz (%s)', (engine) => {
  let s: TestServer;
  let seeded: Seeded;
  let ops: Operation[];
  const tokens = { admin: '', viewer: '', developer: '' };

  /** The test clock's endpoint is fuzzed too; a day's advance expires every token, so callers log in again. */
  async function logIn() {
    const r = await s.call('POST', '/v3/auth/tokens', {
      token: null,
      workspace: null,
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'admin', password: ADMIN_PASSWORD, domain: { name: 'archgate' } } },
          },
          scope: { project: { id: s.projectId } },
        },
      },
    });
    if (r.status !== 201) throw new Error(`the run lost its admin: login answered ${r.status} ${JSON.stringify(r.body)}`);
    tokens.admin = r.headers.get('x-subject-token')!;
    s.token = tokens.admin;
    for (const role of ['viewer', 'developer'] as const) {
      tokens[role] = await loginAs(s, seeded.memberNames[role]).catch(() => tokens[role]);
    }
  }

  beforeAll(async () => {
    s = await startServer(engine, { ARCHGATE_CLOCK: 'test' });
    seeded = await seedWorld(s);
    Object.assign(tokens, { admin: s.token, ...seeded.members });
    const doc = await (await fetch(`${s.url}/docs/json`)).json();
    ops = operationsOf(doc);
  });
  afterAll(async () => {
    await s?.close();
  });

  it(
    'answers every generated request below 500, with a declared status and error shape, and writes nothing on a refusal',
    async () => {
      expect(ops.length).toBeGreaterThan(40);
      const poolsOf = (op: Operation): Pools => ({ idsFor: (name, idShaped) => poolFor(seeded, op, name, idShaped) });
      const arb = fc.oneof(
        ...ops.map((op) => fc.oneof(...MODES.map(({ weight, mode }) => ({ weight, arbitrary: requestArb(op, mode, poolsOf(op)) })))),
      );
      const failures = new FailureLog();
      const store = s.store!;
      let before: Digest | undefined;
      let requests = 0;

      const check = async (r: FuzzRequest) => {
        requests++;
        before ??= await digestStore(store);
        const wire = toWire(r, tokens, seeded.signingKey);
        const repro = () => describeWire(r, wire, tokens);
        let a: Answer;
        const t0 = Date.now();
        try {
          a = await send(s.url, wire);
        } catch (err) {
          failures.add(r.op, 0, `no answer: ${(err as Error).name} ${(err as Error).message}`, repro(), '');
          before = undefined;
          return;
        }
        const got = preview(a.text, 300);
        if (process.env.ARCHGATE_FUZZ_TRACE)
          console.log(
            `TRACE ${Date.now() - t0}ms ${a.status} ${r.mode} ${r.transport} ${r.op.method} ${r.op.path} | ${describeWire(r, wire, tokens).slice(0, 300)} | ${got.slice(0, 200)}`,
          );
        for (const reason of contractBreaches(r.op, a)) failures.add(r.op, a.status, reason, repro(), got);
        if (a.status >= 400 && a.status < 500) {
          const after = await digestStore(store);
          const changed = changedTables(before, after);
          if (changed && changed.length > 0) failures.add(r.op, a.status, `wrote on a refusal: ${changed.join(', ')}`, repro(), got);
          before = after;
        } else {
          before = undefined;
        }
        if (r.op.path === '/archgate/v1/clock' && a.status < 300) {
          await logIn();
          before = undefined;
        }
      };

      const details = await fc.check(
        fc.asyncProperty(arb, async (r) => {
          await check(r);
        }),
        {
          seed: SEED,
          numRuns: RUNS,
          endOnFailure: true,
          plugins: [fc.interruptAfterTimeLimit(BUDGET_MS)],
        },
      );
      const header = `seed ${SEED} (ARCHGATE_FUZZ_SEED=${SEED} ARCHGATE_FUZZ_RUNS=${requests} to replay), ${requests} requests over ${ops.length} operations on ${engine}`;
      console.log(`fuzz: ${header}; ${failures.size} failure classes`);
      if (details.failed) throw new Error(`${header}: the harness itself failed: ${String(details.errorInstance)}\n${failures.report()}`);
      expect(failures.size, `${header}\n${failures.size} failure classes:\n${failures.report()}`).toBe(0);
    },
    BUDGET_MS + 120_000,
  );
});
