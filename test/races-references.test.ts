import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, startServer, statusOf, type TestServer } from './helpers/server.js';

/**
 * The reference rules read the status of objects that a batch does not itself change: a publish reads
 * what its items reference, an offline reads what references its items. Run against each other, both
 * could pass on what they read, leaving a published child whose parent went offline.
 */
const PAIRS = 20;

describe.each(ENGINES)('reference rules under races (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  async function make(name: string, parentId?: string): Promise<string> {
    const r = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: { objects: [{ biz_type: 'SUBJECT', name_en: name, parent_id: parentId }] },
    });
    expect(r.status).toBe(200);
    return r.body.data.value.records[0].id;
  }
  const batch = (op: 'batch-publish' | 'batch-offline', id: string) =>
    s.call('POST', `/v2/{p}/design/approvals/${op}`, { body: batchBody(s, [id], 'SUBJECT', { fast_approval: true }) });

  it(`never leaves a child published under an offline parent: ${PAIRS} child publishes race their parents' offline`, async () => {
    const pairs: { parent: string; child: string }[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const parent = await make(`race_parent_${i}`);
      expect((await batch('batch-publish', parent)).body.data.value.operation_status).toBe('SUCCESS');
      pairs.push({ parent, child: await make(`race_child_${i}`, parent) });
    }
    const answers = await Promise.all(
      pairs.flatMap(({ parent, child }) => [batch('batch-publish', child), batch('batch-offline', parent)]),
    );
    for (const a of answers) expect(a.status).toBe(200);
    for (const { parent, child } of pairs) {
      const [p, c] = [await statusOf(s, parent), await statusOf(s, child)];
      // Either order is fine; both at once is the breach.
      expect([p, c], `parent ${parent} child ${child}`).not.toEqual(['OFFLINE', 'PUBLISHED']);
    }
  });

  it(`the same Idempotency-Key sent ${PAIRS} times at once runs once, and every answer is the first one`, async () => {
    const id = await make('race_idem');
    const body = batchBody(s, [id], 'SUBJECT', { fast_approval: true });
    const answers = await Promise.all(
      Array.from({ length: PAIRS }, () =>
        s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body, headers: { 'Idempotency-Key': 'race-key' } }),
      ),
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body.data.value.operation_status).toBe('SUCCESS');
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(PAIRS - 1);
    const apps = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`);
    expect(apps.body.data.value.total).toBe(1);
  });
});
