import { join } from 'node:path';
import { fakeId19 } from './ids.js';
import type { LoadGenerator } from './load.js';
import { TSX } from './paths.js';
import { spawnChild, stopChild, waitForLine, type Child } from './procs.js';

/** The same body as a 2-item fast batch-offline: same shape and the same length of ids. */
export function echoBody(): string {
  return JSON.stringify({
    biz_infos: [
      { biz_id: fakeId19(), biz_type: 'TABLE_MODEL' },
      { biz_id: fakeId19(), biz_type: 'TABLE_MODEL' },
    ],
    approver_user_id: 'ffffffffffffffffffffffffffffffff',
    approver_user_name: 'admin',
    email: null,
    fast_approval: true,
  });
}

export interface EchoServer {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

/** Starts bench/lib/echo-server.ts as its own process. */
export async function startEcho(core: number | null): Promise<EchoServer> {
  const child = spawnChild('echo server', TSX, [join(import.meta.dirname, 'echo-server.ts')], process.env, core);
  const [, url] = await waitForLine(child, /echo listening on (http:\/\/\S+)/, 60000);
  return { url: url!, child, stop: () => stopChild(child) };
}

/** The baseline: requests per second of the bare validating echo server, under the same load as offline2. */
export async function measureEcho(
  load: LoadGenerator,
  url: string,
  connections: number,
  warmS: number,
  durationS: number,
): Promise<{ rps: number; p99_ms: number }> {
  const target = (d: number) => ({
    label: 'echo',
    url,
    method: 'POST' as const,
    path: '/echo',
    headers: { 'content-type': 'application/json', 'x-auth-token': 'x'.repeat(32), workspace: 'f'.repeat(32) },
    bodies: [echoBody()],
    connections,
    durationS: d,
    maxSeconds: d + 10,
  });
  await load.run({ targets: [target(warmS)] });
  const [r] = await load.run({ targets: [target(durationS)] });
  return { rps: r!.rps, p99_ms: r!.p99_ms };
}
