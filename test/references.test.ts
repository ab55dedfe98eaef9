import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, batchBody, startServer, statusOf, type TestServer } from './helpers/server.js';

interface Obj {
  id: string;
  type: string;
  name: string;
}

/** Registers objects one by one, so that later ones may reference earlier ones. */
async function make(s: TestServer, type: string, name: string, refs: Obj[] = [], parent?: Obj): Promise<Obj> {
  const r = await s.call('POST', '/archgate/v1/{p}/objects', {
    body: {
      objects: [
        { biz_type: type, name_en: name, parent_id: parent?.id, references: refs.map((x) => ({ biz_type: x.type, biz_id: x.id })) },
      ],
    },
  });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return { id: r.body.data.value.records[0].id, type, name };
}

const body = (s: TestServer, objs: Obj[], extra: Record<string, unknown> = {}) => ({
  biz_infos: objs.map((o) => ({ biz_id: o.id, biz_type: o.type })),
  approver_user_id: s.adminId,
  approver_user_name: 'admin',
  ...extra,
});
const publish = (s: TestServer, objs: Obj[], fast = true) =>
  s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: body(s, objs, { fast_approval: fast }) });
const offline = (s: TestServer, objs: Obj[], query = '', fast = true) =>
  s.call('POST', `/v2/{p}/design/approvals/batch-offline${query}`, { body: body(s, objs, { fast_approval: fast }) });
const remarks = (r: { body: any }) =>
  Object.fromEntries(r.body.data.value.groups.map((g: { biz_name: string; remark: string }) => [g.biz_name, g.remark]));

describe.each(ENGINES)('references between objects (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('publishes and takes offline a subject hierarchy in one batch, in any listed order', async () => {
    const l1 = await make(s, 'SUBJECT', 'h_l1');
    const l2 = await make(s, 'SUBJECT', 'h_l2', [], l1);
    const l3 = await make(s, 'SUBJECT', 'h_l3', [], l2);
    const pub = await publish(s, [l3, l1, l2]);
    expect(pub.body.data.value.operation_status).toBe('SUCCESS');
    expect(pub.body.data.value.groups.map((g: { biz_name: string }) => g.biz_name)).toEqual(['h_l1', 'h_l2', 'h_l3']);
    const off = await offline(s, [l1, l3, l2]);
    expect(off.body.data.value.operation_status).toBe('SUCCESS');
    expect(off.body.data.value.groups.map((g: { biz_name: string }) => g.biz_name)).toEqual(['h_l3', 'h_l2', 'h_l1']);
    // Through review too: submitted together, resolved in any order, parents go first.
    await publish(s, [l2, l3, l1], false);
    const apps = (await s.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&limit=100')).body.data.value.records;
    const resolved = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
      body: { ids: apps.map((a: { id: string }) => a.id), msg: 'ok' },
    });
    expect(resolved.body.data.value.operation_status).toBe('SUCCESS');
    for (const o of [l1, l2, l3]) expect(await statusOf(s, o.id)).toBe('PUBLISHED');
  });

  it('refuses a child before its parent, naming the parent, and the parent while a published child stays', async () => {
    const p = await make(s, 'SUBJECT', 'b_parent');
    const c = await make(s, 'SUBJECT', 'b_child', [], p);
    const early = await publish(s, [c]);
    expect(remarks(early)).toEqual({ b_child: 'Definition b_child references SUBJECT b_parent, which is not published' });
    await publish(s, [p, c]);
    const blocked = await offline(s, [p]);
    expect(remarks(blocked)).toEqual({ b_parent: 'Definition b_parent is referenced by 1 published object: SUBJECT b_child' });
    expect(await statusOf(s, p.id)).toBe('PUBLISHED');
  });

  it('fails only the blocked items of a partial batch, naming up to five dependants and the count', async () => {
    const std = await make(s, 'STANDARD_ELEMENT', 'p_std');
    const free = await make(s, 'CODE_TABLE', 'p_free');
    const users = [];
    for (let i = 0; i < 7; i++) users.push(await make(s, 'TABLE_MODEL', `p_tm${i}`, [std]));
    await publish(s, [std, free, ...users]);
    const r = await offline(s, [std, free, users[0]!]);
    expect(r.body.data.value).toMatchObject({ operation_status: 'FAILED', success: 2, failed: 1 });
    expect(remarks(r).p_std).toBe(
      'Definition p_std is referenced by 6 published objects: TABLE_MODEL p_tm1, TABLE_MODEL p_tm2, TABLE_MODEL p_tm3, TABLE_MODEL p_tm4, TABLE_MODEL p_tm5, and 1 more',
    );
    expect(remarks(r).p_free).toBe('PASSED');
    expect(await statusOf(s, users[0]!.id)).toBe('OFFLINE');
  });

  it('applies no reference rule where an admin turned them off', async () => {
    const settings = `/archgate/v1/{p}/workspaces/${s.workspaceId}/settings`;
    expect((await s.call('GET', settings, { workspace: null })).body.data.value.enforce_references).toBe(true);
    const p = await make(s, 'SUBJECT', 'off_parent');
    const c = await make(s, 'SUBJECT', 'off_child', [], p);
    expect(
      (await s.call('PUT', settings, { workspace: null, body: { enforce_references: false } })).body.data.value.enforce_references,
    ).toBe(false);
    try {
      expect((await publish(s, [c])).body.data.value.operation_status).toBe('SUCCESS');
      await publish(s, [p]);
      expect((await offline(s, [p])).body.data.value.operation_status).toBe('SUCCESS');
    } finally {
      await s.call('PUT', settings, { workspace: null, body: { enforce_references: true } });
    }
  });

  it('checks the rules again at resolve time: a resolve refused by them leaves the object pending', async () => {
    const p = await make(s, 'SUBJECT', 'w_parent');
    const c = await make(s, 'SUBJECT', 'w_child', [], p);
    await publish(s, [p]);
    await publish(s, [c], false);
    const [app] = (await s.call('GET', `/v2/{p}/design/approvals?biz_id=${c.id}&approval_status=DEVELOPING`)).body.data.value.records;
    // Meanwhile the parent goes offline (the child is not published, so nothing blocks it).
    expect((await offline(s, [p])).body.data.value.operation_status).toBe('SUCCESS');
    const r = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: [app.id], msg: 'ok' } });
    expect(r.body.data.value.groups[0]).toMatchObject({
      operation_status: 'FAILED',
      remark: 'Definition w_child references SUBJECT w_parent, which is not published',
    });
    expect(await statusOf(s, c.id)).toBe('PUBLISH_DEVELOPING');
    await publish(s, [p]);
    const again = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', { body: { ids: [app.id], msg: 'ok' } });
    expect(again.body.data.value.operation_status).toBe('SUCCESS');
    expect(await statusOf(s, c.id)).toBe('PUBLISHED');
  });

  it('previews the impact of a diamond: the tree with depths, the closure, and what passes', async () => {
    // top <- left, right <- bottom (bottom uses both left and right, which both use top).
    const top = await make(s, 'ATOMIC_METRIC', 'd_top');
    const left = await make(s, 'DERIVED_METRIC', 'd_left', [top]);
    const right = await make(s, 'DERIVED_METRIC', 'd_right', [top]);
    const bottom = await make(s, 'COMPOSITE_METRIC', 'd_bottom', [left, right]);
    await publish(s, [top, left, right, bottom]);
    const r = await s.call('POST', '/archgate/v1/{p}/impact', {
      body: { action: 'OFFLINE', biz_infos: [{ biz_id: top.id, biz_type: 'ATOMIC_METRIC' }] },
    });
    expect(r.status).toBe(200);
    const v = r.body.data.value;
    expect(v.items).toEqual([
      {
        biz_id: top.id,
        biz_type: 'ATOMIC_METRIC',
        name: 'd_top',
        passes: false,
        remark: 'Definition d_top is referenced by 2 published objects: DERIVED_METRIC d_left, DERIVED_METRIC d_right',
      },
    ]);
    expect(v.closure.map((c: { name: string; depth: number }) => [c.name, c.depth])).toEqual([
      ['d_top', 0],
      ['d_left', 1],
      ['d_right', 1],
      ['d_bottom', 2],
    ]);
    const tree = v.tree[0];
    expect(tree).toMatchObject({ name: 'd_top', depth: 0 });
    expect(tree.children.map((c: { name: string }) => c.name)).toEqual(['d_left', 'd_right']);
    // The diamond's bottom appears once, at depth 2, under the first parent that reached it.
    const bottoms = tree.children.flatMap((c: { children: { name: string; depth: number }[] }) => c.children);
    expect(bottoms).toEqual([expect.objectContaining({ name: 'd_bottom', depth: 2 })]);
    expect(v.impact_token).toMatch(/^[0-9a-f]{32}$/);
    // The whole closure passes, dependants first.
    const all = await s.call('POST', '/archgate/v1/{p}/impact', {
      body: {
        action: 'OFFLINE',
        biz_infos: v.closure.map((c: { biz_id: string; biz_type: string }) => ({ biz_id: c.biz_id, biz_type: c.biz_type })),
      },
    });
    expect(all.body.data.value.items.every((i: { passes: boolean }) => i.passes)).toBe(true);
    expect(all.body.data.value.order[0]).toBe(bottom.id);
    expect(all.body.data.value.order.at(-1)).toBe(top.id);
  });

  it('refuses a batch-offline with a stale impact_token (409, nothing changes), accepts a fresh one, and cascades', async () => {
    const base = await make(s, 'CODE_TABLE', 't_base');
    const user = await make(s, 'TABLE_MODEL', 't_user', [base]);
    await publish(s, [base, user]);
    const preview = async () =>
      (
        await s.call('POST', '/archgate/v1/{p}/impact', {
          body: { action: 'OFFLINE', biz_infos: [{ biz_id: user.id, biz_type: 'TABLE_MODEL' }] },
        })
      ).body.data.value.impact_token as string;
    const token = await preview();
    // The graph changes: a new published object now uses t_user.
    const late = await make(s, 'TABLE_MODEL', 't_late', [user]);
    await publish(s, [late]);
    const stale = await offline(s, [user], `?impact_token=${token}`);
    expect(stale.status).toBe(409);
    expect(stale.body.error_code).toBe('DLG.4091');
    expect(await statusOf(s, user.id)).toBe('PUBLISHED');
    const fresh = await preview();
    expect(fresh).not.toBe(token);
    const ok = await offline(s, [user], `?impact_token=${fresh}`);
    expect(remarks(ok).t_user).toMatch(/referenced by 1 published object: TABLE_MODEL t_late/);
    // Cascade takes the whole closure offline in one batch, dependants first.
    const cascade = await offline(s, [base], '?cascade=true');
    expect(cascade.body.data.value).toMatchObject({ operation_status: 'SUCCESS', total: 3, success: 3 });
    expect(cascade.body.data.value.groups.map((g: { biz_name: string }) => g.biz_name)).toEqual(['t_late', 't_user', 't_base']);
    for (const o of [base, user, late]) expect(await statusOf(s, o.id)).toBe('OFFLINE');
  });

  it("takes table-model references from its subject and its attributes' standards, and refuses unknown ones", async () => {
    const subject = await make(s, 'SUBJECT', 'tm_subject');
    const std = await make(s, 'STANDARD_ELEMENT', 'tm_std');
    const model = (await s.call('POST', '/v2/{p}/design/workspaces', { body: { name: 'tm_model', type: 'THIRD_NF' } })).body.data.value.id;
    const tm = (over: Record<string, unknown>) =>
      s.call('POST', '/v2/{p}/design/table-model', {
        body: {
          model_id: model,
          tb_name: 'tm_ref',
          logic_tb_name: 'tm_ref',
          description: 'd',
          dw_type: 'DWS',
          biz_catalog_id: subject.id,
          attributes: [{ name_en: 'a', name_ch: 'a', data_type: 'STRING', stand_row_id: std.id }],
          ...over,
        },
      });
    const bad = await tm({ attributes: [{ name_en: 'a', name_ch: 'a', data_type: 'STRING', stand_row_id: '1234567890123456789' }] });
    expect(bad.status).toBe(400);
    const created = await tm({});
    expect(created.status).toBe(200);
    const id = created.body.data.value.id;
    const r = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
      body: batchBody(s, [id], 'TABLE_MODEL', { fast_approval: true }),
    });
    expect(r.body.data.value.groups[0].remark).toBe('Definition tm_ref references SUBJECT tm_subject, which is not published');
    // What others reference cannot be deleted.
    const del = await s.call('DELETE', `/archgate/v1/{p}/objects?ids=${std.id}`);
    expect(del.status).toBe(400);
    expect(del.body.error_code).toBe('DLG.4011');
  });
});
