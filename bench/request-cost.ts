/**
 * Where one `offline2` request's time goes: `npm run bench:request-cost -- [--requests N] [--connections C] [--save FILE]`.
 * archgate runs in this process (test/helpers/server.ts: a real node on a SQLite file, from src/ through
 * tsx), so that SQLite's statements can be timed one by one and the CPU profile can cover the measured
 * requests only. Two passes over fresh 2-item fast batch-offlines (as the suite's offline2):
 * 1. every better-sqlite3 statement timed by its SQL: time and calls per request;
 * 2. a V8 CPU profile of the requests, its samples grouped by layer, in ms per request.
 * The HTTP client (undici's fetch) shares the process: its frames are shown as such, not counted as
 * archgate's. A diagnosis: the figures of the suite come from `npm run bench`, whose server is a process of
 * its own on the compiled code.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Database from 'better-sqlite3';
import { Api } from './lib/api.js';
import type { Archgate } from './lib/archgate.js';
import { provisionPairs } from './lib/offline2.js';
import { startServer } from '../test/helpers/server.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} takes a positive whole number`);
  return v;
};
const requests = option('requests', 2000);
/** `--save FILE`: also write pass 2's profile there (open it in Chrome's DevTools, Performance). */
const saveAt = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
const connections = option('connections', 16);

/** SQLite time per statement text, while `timing` is on. */
const statements = new Map<string, { ms: number; calls: number }>();
let timing = false;

/**
 * Wraps better-sqlite3's Statement methods (one prototype for every statement of every connection); answers
 * a function that puts the originals back, so that the profile of pass 2 has no timer on its stacks.
 */
function timeStatements(): () => void {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
  probe.close();
  const originals = new Map<string, (...a: unknown[]) => unknown>();
  for (const m of ['run', 'all', 'get', 'iterate']) {
    const original = proto[m]!;
    originals.set(m, original);
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      if (!timing) return original.apply(this, a);
      const t0 = performance.now();
      try {
        return original.apply(this, a);
      } finally {
        const key = this.source.replace(/\s+/g, ' ');
        const e = statements.get(key) ?? { ms: 0, calls: 0 };
        e.ms += performance.now() - t0;
        e.calls++;
        statements.set(key, e);
      }
    };
  }
  return () => {
    for (const [m, original] of originals) proto[m] = original;
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The layer a sample's stack belongs to (its innermost frame, and whether the client is on the stack). */
function layerOf(stack: ProfileNode['callFrame'][]): string | undefined {
  const top = stack[0]!;
  const url = top.url;
  if (top.functionName === '(garbage collector)') return 'garbage collection';
  if (top.functionName === '(idle)' || top.functionName === '(program)') return undefined;
  if (!url && ['run', 'all', 'get', 'iterate'].includes(top.functionName)) return 'SQLite (better-sqlite3, native)';
  if (top.functionName === 'dispatch' || stack.some((f) => /undici|webstreams|abort_controller|js_transferable/.test(f.url)))
    return 'the HTTP client (this process)';
  if (/kysely/.test(url)) return 'Kysely (building, compiling, results)';
  if (
    /fastify|find-my-way|avvio|fast-json-stringify|ajv|pino|_http_|node:net|stream|node:events/.test(url) ||
    top.functionName === 'writev'
  )
    return 'HTTP, Fastify, validation, serialisation';
  if (/prom-client/.test(url)) return 'metrics';
  if (/crypto/.test(url)) return 'crypto (audit hash, ids)';
  // ajv's and fast-json-stringify's generated functions carry no file.
  if (!url && /^(validate|anonymous)\d*$/.test(top.functionName)) return 'HTTP, Fastify, validation, serialisation';
  const src = /\/src\/([^/]+)\//.exec(url);
  if (src) return `archgate src/${src[1]}`;
  if (url.startsWith('node:')) return 'Node.js internals (timers, buffers, promises)';
  if (top.functionName === 'runMicrotasks' || top.functionName === 'processTicksAndRejections')
    return 'Node.js internals (timers, buffers, promises)';
  return 'other (native code, anonymous functions)';
}

function layers(p: Profile): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const stack: ProfileNode['callFrame'][] = [];
    for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!.callFrame);
    const layer = layerOf(stack);
    if (layer) out.set(layer, (out.get(layer) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return out;
}

async function main() {
  const untime = timeStatements();
  const s = await startServer('sqlite');
  try {
    const api = new Api({ name: 'in-process', url: s.url, projectId: s.projectId, workspaceId: s.workspaceId } as Archgate);
    api.token = s.token;
    api.adminId = s.adminId;
    const url = `${s.url}/v2/${s.projectId}/design/approvals/batch-offline?from=standard`;
    const send = async (bodies: string[]) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (next < bodies.length) {
            const res = await fetch(url, { method: 'POST', headers: api.headers(), body: bodies[next++]! });
            const text = await res.text();
            if (!res.ok || !text.includes('"SUCCESS"')) throw new Error(`offline2: ${res.status} ${text.slice(0, 300)}`);
          }
        }),
      );
    };
    await send(await provisionPairs(api, 500, 'warm'));

    const timed = await provisionPairs(api, requests, 'timed');
    const commits0 = { ...s.store!.commits! };
    timing = true;
    const t0 = performance.now();
    await send(timed);
    const wallS = (performance.now() - t0) / 1000;
    timing = false;
    untime();
    let sqlMs = 0;
    for (const e of statements.values()) sqlMs += e.ms;
    console.log(
      `pass 1: ${requests} requests at ${connections} connections, ${(requests / wallS).toFixed(0)} req/s; SQLite ${((1000 * sqlMs) / requests).toFixed(0)} µs per request:`,
    );
    const groups = s.store!.commits!.groups - commits0.groups;
    console.log(
      `commit groups: ${groups} commits carried ${s.store!.commits!.members - commits0.members} transactions (${((s.store!.commits!.members - commits0.members) / groups).toFixed(1)} a commit)`,
    );
    for (const [sql, e] of [...statements].sort((a, b) => b[1].ms - a[1].ms).filter(([, e]) => e.calls >= requests / 10))
      console.log(
        `${((1000 * e.ms) / requests).toFixed(1).padStart(8)} µs ${(e.calls / requests).toFixed(2).padStart(5)}×  ${sql.slice(0, 110)}`,
      );

    const profiled = await provisionPairs(api, requests, 'profiled');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const cpu0 = process.cpuUsage();
    await send(profiled);
    const cpu = process.cpuUsage(cpu0);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    if (saveAt) writeFileSync(saveAt, JSON.stringify(profile));
    const by = layers(profile as Profile);
    const archgate = [...by].filter(([k]) => !k.startsWith('the ')).reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `pass 2: process CPU ${((cpu.user + cpu.system) / 1000 / requests).toFixed(3)} ms per request (client included); profiled, archgate's part ${(archgate / requests).toFixed(3)} ms per request:`,
    );
    for (const [layer, ms] of [...by].sort((a, b) => b[1] - a[1]))
      console.log(
        `${(ms / requests).toFixed(3).padStart(8)} ms ${layer.startsWith('the ') ? '     ' : `${((100 * ms) / archgate).toFixed(0).padStart(4)}%`}  ${layer}`,
      );
  } finally {
    await s.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
