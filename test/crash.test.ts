import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/server.js';
import { adminClient, killAll, launch, processDbUrl, stop, type Client } from './helpers/processes.js';

const N = 10_000;

afterAll(killAll);

async function counts(c: Client) {
  const offlineObjects = await c.call('GET', '/archgate/v1/{p}/objects?status=OFFLINE&limit=1');
  const publishedObjects = await c.call('GET', '/archgate/v1/{p}/objects?status=PUBLISHED&limit=1');
  const allObjects = await c.call('GET', '/archgate/v1/{p}/objects?limit=1');
  const offlineApprovals = await c.call('GET', '/v2/{p}/design/approvals?approval_type=OFFLINE&limit=1');
  const allApprovals = await c.call('GET', '/v2/{p}/design/approvals?limit=1');
  const offlineBatches = await c.call('GET', '/archgate/v1/{p}/batches?operation_type=OFFLINE');
  for (const r of [offlineObjects, publishedObjects, allObjects, offlineApprovals, allApprovals, offlineBatches])
    expect(r.status).toBe(200);
  return {
    objects: allObjects.body.data.value.total as number,
    offline: offlineObjects.body.data.value.total as number,
    published: publishedObjects.body.data.value.total as number,
    approvals: allApprovals.body.data.value.total as number,
    offlineApprovals: offlineApprovals.body.data.value.total as number,
    offlineBatches: offlineBatches.body.data.value.total as number,
    offlineBatchRecords: offlineBatches.body.data.value.records as { total: number; success: number; operation_status: string }[],
  };
}

describe.each(ENGINES)('kill -9 in the middle of a 10,000-item batch (%s)', (engine) => {
  it('leaves all or nothing, and a retry with the same Idempotency-Key does the work exactly once', async () => {
    const db = await processDbUrl(engine, 'ag-crash');
    const first = await launch({ ARCHGATE_DB: db });
    try {
      const c = await adminClient(first);
      const created = await c.call('POST', '/archgate/v1/{p}/objects', {
        body: { objects: Array.from({ length: N }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `crash_${i}` })) },
      });
      expect(created.status).toBe(200);
      const ids: string[] = created.body.data.value.records.map((o: { id: string }) => o.id);
      expect(ids).toHaveLength(N);
      const body = (fast: boolean) => ({
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: c.adminId,
        approver_user_name: 'admin',
        fast_approval: fast,
      });

      let t0 = Date.now();
      const published = await c.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: body(true) });
      const publishMs = Date.now() - t0;
      expect(published.status).toBe(200);
      expect(published.body.data.value).toMatchObject({ operation_status: 'SUCCESS', total: N, success: N });

      const key = `crash-${engine}-${Date.now()}`;
      const raw = JSON.stringify(body(true));
      const offline = () => c.call('POST', '/v2/{p}/design/approvals/batch-offline', { raw, headers: { 'idempotency-key': key } });
      t0 = Date.now();
      const inFlight = offline().then(
        (r) => ({ ok: true as const, r }),
        (err: unknown) => ({ ok: false as const, err }),
      );
      const killAt = Math.max(50, Math.round(publishMs / 2));
      await new Promise((r) => setTimeout(r, killAt));
      expect(first.proc.kill('SIGKILL')).toBe(true);
      const code = await first.exited;
      const answered = await inFlight;
      expect(first.proc.signalCode).toBe('SIGKILL');
      expect(code).toBeNull();

      const second = await launch({ ARCHGATE_DB: db });
      try {
        const c2 = await adminClient(second);
        const after = await counts(c2);
        const committed = after.offline === N;
        console.log(
          `[crash ${engine}] 10,000 fast publish took ${publishMs} ms; SIGKILL ${killAt} ms into the offline batch; ` +
            `the client ${answered.ok ? `got HTTP ${answered.r.status}` : 'saw the connection drop'}; after restart the batch was ` +
            `${committed ? 'COMMITTED (killed after commit)' : 'NOT committed (killed before commit)'}`,
        );
        expect(after.objects).toBe(N);
        if (committed) {
          expect(after).toMatchObject({ offline: N, published: 0, approvals: 2 * N, offlineApprovals: N, offlineBatches: 1 });
        } else {
          expect(answered.ok).toBe(false);
          expect(after).toMatchObject({ offline: 0, published: N, approvals: N, offlineApprovals: 0, offlineBatches: 0 });
        }

        // The retry: the work happens exactly once whichever way the crash went.
        const c2raw = (headers: Record<string, string>) => c2.call('POST', '/v2/{p}/design/approvals/batch-offline', { raw, headers });
        const retry = await c2raw({ 'idempotency-key': key });
        expect(retry.status).toBe(200);
        expect(retry.body.data.value).toMatchObject({
          operation_status: 'SUCCESS',
          operation_type: 'OFFLINE',
          total: N,
          success: N,
          failed: 0,
        });
        expect(
          retry.body.data.value.groups.every(
            (g: { operation_status: string; remark: string }) => g.operation_status === 'SUCCESS' && g.remark === 'PASSED',
          ),
        ).toBe(true);
        expect(retry.headers.get('idempotent-replayed')).toBe(committed ? 'true' : null);
        if (answered.ok) expect(retry.text).toBe(answered.r.text);
        const done = await counts(c2);
        expect(done).toMatchObject({ offline: N, published: 0, approvals: 2 * N, offlineApprovals: N, offlineBatches: 1 });
        expect(done.offlineBatchRecords[0]).toMatchObject({ total: N, success: N, operation_status: 'SUCCESS' });

        const again = await c2raw({ 'idempotency-key': key });
        expect(again.status).toBe(200);
        expect(again.headers.get('idempotent-replayed')).toBe('true');
        expect(again.text).toBe(retry.text);
        expect(await counts(c2)).toEqual(done);
        expect(await stop(second)).toBe(0);
      } finally {
        await stop(second, 'SIGKILL');
      }
    } finally {
      await stop(first, 'SIGKILL');
    }
  });
});
