import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/server.js';
import { adminClient, killAll, launch, launchFailing, processDbUrl, stop } from './helpers/processes.js';

const N = 10_000;

afterAll(killAll);

/** One request on a new connection of its own: its HTTP status, or the connection error's code. */
function freshConnection(url: string, timeoutMs = 5_000): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const req = request(`${url}/docs/json`, { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve({ status: res.statusCode });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end();
  });
}

describe.each(ENGINES)('SIGTERM (%s)', (engine) => {
  it('finishes the 10,000-item batch in flight, exits 0, refuses new requests and gives back its worker id', async () => {
    const db = await processDbUrl(engine, 'ag-shutdown');
    const t = Date.now();
    const marks: string[] = [];
    const mark = (what: string) => marks.push(`${what} ${Date.now() - t}`);
    const node = await launch({ ARCHGATE_DB: db });
    mark('started');
    try {
      // While it lives, no other node gets its worker id. On PostgreSQL that is checked while the objects
      // are being made; on SQLite first, as a 10,000-item batch could hold the file's write lock longer
      // than the starting node's 5 s busy timeout.
      const refusing = launchFailing({ ARCHGATE_DB: db, ARCHGATE_WORKER_ID: String(node.workerId) });
      if (engine === 'sqlite') await refusing;
      const c = await adminClient(node);
      const created = await c.call('POST', '/archgate/v1/{p}/objects', {
        body: { objects: Array.from({ length: N }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `term_${i}` })) },
      });
      expect(created.status).toBe(200);
      mark('registered');
      const ids: string[] = created.body.data.value.records.map((o: { id: string }) => o.id);
      const body = {
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: c.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      };
      const published = await c.call('POST', '/v2/{p}/design/approvals/batch-publish', { body });
      expect(published.body.data.value).toMatchObject({ operation_status: 'SUCCESS', success: N });
      mark('published');
      const refused = await refusing;
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`worker id ${node.workerId} is leased by another live node`);
      expect(refused.output).not.toContain('API docs:');
      mark('refused');

      // Before the signal, a new connection is served.
      expect(await freshConnection(node.url)).toEqual({ status: 200 });

      const t0 = Date.now();
      const inFlight = c.call('POST', '/v2/{p}/design/approvals/batch-offline', { body });
      let answeredAt = 0;
      void inFlight.then(
        () => {
          answeredAt = Date.now();
        },
        () => {},
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(node.proc.kill('SIGTERM')).toBe(true);
      const signalledAt = Date.now();
      // While it drains, the node serves no new connection: it refuses it, or (when the connection was
      // accepted before the signal was handled, as on SQLite whose synchronous batch holds the event loop)
      // answers 503 and closes it.
      await new Promise((r) => setTimeout(r, 300));
      // On SQLite the batch holds the event loop until it ends: on a loaded machine that is several seconds,
      // and the connection waits in the kernel's backlog for the 503 meanwhile, hence the long wait.
      const during = await freshConnection(node.url, 60_000);
      const duringAt = Date.now();

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(res.body.data.value).toMatchObject({
        operation_status: 'SUCCESS',
        operation_type: 'OFFLINE',
        total: N,
        success: N,
        failed: 0,
      });
      expect(res.body.data.value.groups).toHaveLength(N);
      expect(res.body.data.value.groups.every((g: { operation_status: string }) => g.operation_status === 'SUCCESS')).toBe(true);
      let hang: NodeJS.Timeout | undefined;
      const code = await Promise.race([
        node.exited,
        new Promise<'hung'>((r) => {
          hang = setTimeout(() => r('hung'), 20_000);
        }),
      ]);
      clearTimeout(hang);
      console.log(
        `[shutdown ${engine}] SIGTERM ${signalledAt - t0} ms into the batch, which answered ${answeredAt - t0} ms in; ` +
          `a new connection ${duringAt - t0} ms in got ${JSON.stringify(during)}; exit code ${code}`,
      );
      expect(answeredAt).toBeGreaterThan(signalledAt);
      expect(code).toBe(0);
      expect(during.status === 503 || during.error === 'ECONNREFUSED').toBe(true);
      await expect(c.call('GET', '/archgate/v1/{p}/objects?limit=1')).rejects.toThrow();
      expect((await freshConnection(node.url)).error).toBe('ECONNREFUSED');

      // The lease went back at exit: a new node may take that very worker id at once.
      mark('exited');
      const next = await launch({ ARCHGATE_DB: db, ARCHGATE_WORKER_ID: String(node.workerId) });
      try {
        expect(next.workerId).toBe(node.workerId);
        const c2 = await adminClient(next);
        const offline = await c2.call('GET', '/archgate/v1/{p}/objects?status=OFFLINE&limit=1');
        expect(offline.body.data.value.total).toBe(N);
        expect(await stop(next)).toBe(0);
        mark('stopped');
        console.log(`[shutdown ${engine}] ms since start: ${marks.join(', ')}`);
      } finally {
        await stop(next, 'SIGKILL');
      }
    } finally {
      await stop(node, 'SIGKILL');
    }
  }, 180_000);
});
