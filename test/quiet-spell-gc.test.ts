import { afterAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, serverCommand } from '../scripts/build-server.mjs';
import { killAll, launch, processDbUrl, stop } from './helpers/processes.js';
import { sample } from './helpers/prometheus.js';

/**
 * The server as `npm start` runs it, after a quiet spell (scripts/build-server.mjs, `--min-semi-space-size`).
 * Some 20 s into idling, V8 shrinks the young generation and its memory reducer runs full collections that
 * lower the old generation's limit. With 1 MB semi-spaces, each list page that follows outlived a few
 * scavenges, its garbage was promoted, and within about a hundred pages the old generation reached that limit:
 * a mark-compact whose incremental steps (16 to 20 ms) fell inside requests (issue 15, round 13). The process's
 * own /metrics (prom-client's) says how many mark-compacts ran and how large the young generation is. That
 * collection shows only with pages as large as the bench's over a million applications (on a store this small,
 * 500 pages after the spell ran none even without the floor), so the bench measures it
 * (`list_*_node_major_gcs`); this test holds the floor that prevents it.
 */

afterAll(killAll);

/** The floor `npm start` sets, in bytes: what /metrics reports as the new space's size once it has shrunk. */
const FLOOR = 4 * 1024 * 1024;

const metrics = async (url: string) => (await fetch(`${url}/metrics`)).text();
const majors = (text: string) => sample(text, 'nodejs_gc_duration_seconds_count', { kind: 'major' });
const newSpace = (text: string) => sample(text, 'nodejs_heap_space_size_total_bytes', { space: 'new' });

describe('after a quiet spell', () => {
  it('the young generation keeps the floor npm start sets', { timeout: 180_000 }, async () => {
    ensureServerBuilt({ log: () => {} });
    const command = serverCommand().map((w) => (w === 'node' ? process.execPath : w));
    const node = await launch({ ARCHGATE_DB: await processDbUrl('sqlite', 'ag-quiet-gc') }, 60_000, command);
    try {
      // Idle until the memory reducer has run (its full collections come in a series, a second or less
      // apart) and the series has ended.
      const before = majors(await metrics(node.url));
      const deadline = Date.now() + 120_000;
      let text = '';
      let last = before;
      let quietPolls = 0;
      while (quietPolls < 3 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 2000));
        text = await metrics(node.url);
        const now = majors(text);
        quietPolls = now > before && now === last ? quietPolls + 1 : 0;
        last = now;
      }
      expect(quietPolls, `no full collection in 120 s of idling (mark-compacts: ${last})`).toBeGreaterThanOrEqual(3);
      // Without the flag: 1 MiB.
      expect(newSpace(text)).toBeGreaterThanOrEqual(FLOOR);
    } finally {
      await stop(node);
    }
  });
});
