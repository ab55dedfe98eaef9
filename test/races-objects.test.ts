import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, createObjects, startServer, type Reply, type TestServer } from './helpers/server.js';

/**
 * Issue 9: a status check and the write that depends on it must be one atomic step on both engines.
 * Each race fires at least 20 HTTP clients at once and asserts the invariant the check protects; no
 * answer may be a 500.
 */
const N = 20;
const ROUNDS = 5;

const edit = (s: TestServer, id: string, body: Record<string, unknown>) => s.call('PUT', `/archgate/v1/{p}/objects/${id}`, { body });
const publish = (s: TestServer, ids: string[], extra: Record<string, unknown> = {}) =>
  s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, ids, 'TABLE_MODEL', extra) });
const obj = async (s: TestServer, id: string) => (await s.call('GET', `/archgate/v1/{p}/objects/${id}`)).body.data.value;

function no500(replies: Reply[]) {
  for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
}

/** The one application of the object under review, or undefined. */
async function pendingApplication(s: TestServer, id: string) {
  const r = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${id}&approval_status=DEVELOPING`);
  expect(r.body.data.value.total).toBeLessThanOrEqual(1);
  return r.body.data.value.records[0] as { id: string; biz_info_obj: Record<string, unknown> } | undefined;
}

async function resolve(s: TestServer, applicationId: string) {
  const r = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: [applicationId], msg: 'ok' } });
  expect(r.body.data.value.operation_status, JSON.stringify(r.body)).toBe('SUCCESS');
}

describe.each(ENGINES)('races on objects and pending edits (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it(`${N} edits racing a batch-publish of a pending edit: the resolved content is the reviewed snapshot`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [id] = await createObjects(s, 'TABLE_MODEL', [`race_pe_${round}`]);
      expect((await publish(s, [id!], { fast_approval: true })).body.data.value.operation_status).toBe('SUCCESS');
      expect((await edit(s, id!, { name_en: `race_pe_${round}`, biz_info: { mark: 'first' } })).status).toBe(200);
      const edits = Array.from({ length: N }, (_, i) => edit(s, id!, { name_en: `race_pe_${round}`, biz_info: { mark: i } }));
      const replies = await Promise.all([...edits.slice(0, N / 2), publish(s, [id!]), ...edits.slice(N / 2)]);
      no500(replies);
      for (const r of replies.filter((x) => x.status === 400)) expect(r.body.error_code).toBe('DLG.4007');
      const app = await pendingApplication(s, id!);
      expect(app).toBeDefined();
      // While under review the pending edit is frozen at what the reviewer sees.
      const during = await obj(s, id!);
      expect(during.new_biz.status).toBe('PUBLISH_DEVELOPING');
      expect(JSON.parse(during.new_biz.biz_info).mark).toEqual(app!.biz_info_obj.mark);
      await resolve(s, app!.id);
      expect((await obj(s, id!)).biz_info.mark).toEqual(app!.biz_info_obj.mark);
    }
  });

  it(`${N} in-place edits racing a batch-publish of a DRAFT: the resolved content is the reviewed snapshot`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [id] = await createObjects(s, 'TABLE_MODEL', [`race_ip_${round}`]);
      const edits = Array.from({ length: N }, (_, i) => edit(s, id!, { name_en: `race_ip_${round}`, biz_info: { mark: i } }));
      const replies = await Promise.all([...edits.slice(0, N / 2), publish(s, [id!]), ...edits.slice(N / 2)]);
      no500(replies);
      for (const r of replies.filter((x) => x.status === 400)) expect(r.body.error_code).toBe('DLG.4007');
      const app = await pendingApplication(s, id!);
      expect(app).toBeDefined();
      expect((await obj(s, id!)).biz_info.mark).toEqual(app!.biz_info_obj.mark);
      await resolve(s, app!.id);
      expect((await obj(s, id!)).biz_info.mark).toEqual(app!.biz_info_obj.mark);
    }
  });

  it(`${N} discards of pending edits racing their batch-publish: an edit under review is never discarded`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const names = Array.from({ length: N }, (_, i) => `race_dc_${round}_${i}`);
      const ids = await createObjects(s, 'TABLE_MODEL', names);
      expect((await publish(s, ids, { fast_approval: true })).body.data.value.operation_status).toBe('SUCCESS');
      await Promise.all(ids.map((id, i) => edit(s, id, { name_en: names[i]!, biz_info: { mark: 'pending' } })));
      const replies = await Promise.all(
        ids.flatMap((id) => [s.call('DELETE', `/v2/{p}/design/approvals/business/${id}?biz_type=TABLE_MODEL`), publish(s, [id])]),
      );
      no500(replies);
      for (const r of replies.filter((x) => x.status === 400)) expect(r.body.error_code).toBe('DLG.4006');
      for (const id of ids) {
        // Either the discard won (nothing left to publish) or the publish won (the edit is under review).
        const app = await pendingApplication(s, id);
        if (app) expect((await obj(s, id)).new_biz).toMatchObject({ status: 'PUBLISH_DEVELOPING' });
        else expect((await obj(s, id)).new_biz).toBeNull();
      }
    }
  });

  it(`${N} parents deleted while children are created under them: no child is left without its parent`, async () => {
    const parents = await createObjects(
      s,
      'SUBJECT',
      Array.from({ length: N }, (_, i) => `race_parent_${i}`),
    );
    const replies = await Promise.all(
      parents.flatMap((p, i) => [
        s.call('POST', '/archgate/v1/{p}/objects', {
          body: { objects: [{ biz_type: 'TABLE_MODEL', name_en: `race_child_${i}`, parent_id: p }] },
        }),
        s.call('DELETE', `/archgate/v1/{p}/objects?ids=${p}`),
      ]),
    );
    no500(replies);
    const all = (await s.call('GET', '/archgate/v1/{p}/objects?biz_type=TABLE_MODEL&name=race_child_&limit=100')).body.data.value
      .records as { parent_id: string }[];
    for (const child of all) expect((await s.call('GET', `/archgate/v1/{p}/objects/${child.parent_id}`)).status).toBe(200);
  });

  it(`${N} referenced objects deleted while edits add references to them: no reference is left dangling`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const targets = await createObjects(
        s,
        'CODE_TABLE',
        Array.from({ length: N }, (_, i) => `race_target_${round}_${i}`),
      );
      const users = await createObjects(
        s,
        'TABLE_MODEL',
        Array.from({ length: N }, (_, i) => `race_user_${round}_${i}`),
      );
      const replies = await Promise.all(
        targets.flatMap((t, i) => [
          edit(s, users[i]!, { name_en: `race_user_${i}`, references: [{ biz_type: 'CODE_TABLE', biz_id: t }] }),
          s.call('DELETE', `/archgate/v1/{p}/objects?ids=${t}`),
        ]),
      );
      no500(replies);
      for (const u of users) {
        for (const r of (await obj(s, u)).references as { biz_id: string }[]) {
          expect((await s.call('GET', `/archgate/v1/{p}/objects/${r.biz_id}`)).status).toBe(200);
        }
      }
    }
  });
});
