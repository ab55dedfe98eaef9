import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/server.js';
import { adminClient, clientOf, killAll, launch, processDbUrl, stop, type Answer, type Client, type Running } from './helpers/processes.js';

const FAST_MSG = 'Fast Approval OK.';
const RELEASED = 'The definition has been released and does not support resubmission';
const UNDER_REVIEW = 'The definition is under review and does not support resubmission';
const PROCESSED = 'The application has been processed and cannot be approved again';
const notOnline = (name: string) => `Definition ${name}  is not online`;

const OBJECTS = 40;
const CALLS = 300;
const IN_FLIGHT = 16;

/** A small seeded generator, so that a failing run can be replayed with ARCHGATE_TEST_SEED. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const subset = <T>(xs: readonly T[], max: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, 1 + int(Math.min(max, copy.length)));
  };
  return { next, int, subset };
}

interface Item {
  biz_id: string;
  biz_name: string;
  operation_status: string;
  remark: string | null;
}
type Kind = 'publish' | 'offline' | 'resolve';
interface Done {
  kind: Kind;
  fast: boolean;
  node: number;
  answer: Answer;
}

interface ApprovalVO {
  id: string;
  biz_id: string;
  name_en: string;
  approval_status: string;
  approval_type: 'PUBLISH' | 'OFFLINE';
  msg: string | null;
  submit_time: string;
}
interface ObjectVO {
  id: string;
  name_en: string;
  status: string;
}

async function allApprovals(c: Client): Promise<ApprovalVO[]> {
  const out: ApprovalVO[] = [];
  let total = Infinity;
  for (let page = 0; out.length < total && page < 200; page++) {
    const r = await c.call('GET', `/v2/{p}/design/approvals?limit=100&offset=${page * 100}`);
    expect(r.status).toBe(200);
    total = r.body.data.value.total;
    const records: ApprovalVO[] = r.body.data.value.records;
    if (records.length === 0) break;
    out.push(...records);
  }
  expect(out).toHaveLength(total);
  expect(new Set(out.map((a) => a.id)).size).toBe(total);
  return out;
}

const cmpId = (a: { id: string }, b: { id: string }) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

describe.each(ENGINES)('several stateless nodes on one store (%s)', (engine) => {
  const count = engine === 'postgres' ? 3 : 2;
  const nodes: Running[] = [];
  let clients: Client[] = [];

  beforeAll(async () => {
    const db = await processDbUrl(engine, 'ag-multi');
    // The first node bootstraps the store alone; the others join it.
    nodes.push(await launch({ ARCHGATE_DB: db }));
    nodes.push(...(await Promise.all(Array.from({ length: count - 1 }, () => launch({ ARCHGATE_DB: db })))));
    const admin = await adminClient(nodes[0]!);
    clients = nodes.map((n) => clientOf(n, admin.token, admin.adminId));
  });

  afterAll(async () => {
    try {
      const codes = await Promise.all(nodes.map((n) => stop(n)));
      expect(codes).toEqual(nodes.map(() => 0));
    } finally {
      await killAll();
    }
  });

  it('gives every node the same tenant and its own leased worker id', () => {
    expect(nodes).toHaveLength(count);
    expect(new Set(nodes.map((n) => n.projectId)).size).toBe(1);
    expect(new Set(nodes.map((n) => n.workspaceId)).size).toBe(1);
    for (const n of nodes) expect(n.workerId).toBeGreaterThanOrEqual(0);
    expect(new Set(nodes.map((n) => n.workerId)).size).toBe(count);
  });

  it('keeps every object changed once and every approval recorded once under overlapping calls on every node', async () => {
    const seed = Number(process.env.ARCHGATE_TEST_SEED ?? Date.now() % 1_000_000);
    const r = rng(seed);
    const c0 = clients[0]!;
    const created = await c0.call('POST', '/archgate/v1/{p}/objects', {
      body: { objects: Array.from({ length: OBJECTS }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `mn_${engine}_${i}` })) },
    });
    expect(created.status).toBe(200);
    const objects: ObjectVO[] = created.body.data.value.records;
    const ids = objects.map((o) => o.id);
    const nameOf = new Map(objects.map((o) => [o.id, o.name_en]));

    const done: Done[] = [];
    const problems: string[] = [];
    const record = (kind: Kind, fast: boolean, node: number, answer: Answer) => {
      done.push({ kind, fast, node, answer });
      if (answer.status !== 200) problems.push(`${kind} on node ${node}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
    };
    const batch = (kind: 'publish' | 'offline', fast: boolean, node: number, subset: string[]) =>
      clients[node]!.call('POST', `/v2/{p}/design/approvals/batch-${kind}`, {
        body: {
          biz_infos: subset.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
          approver_user_id: c0.adminId,
          approver_user_name: 'admin',
          fast_approval: fast,
        },
      }).then((a) => record(kind, fast, node, a));

    const task = async (i: number) => {
      const node = r.int(count);
      const roll = r.next();
      if (roll < 0.3) return batch('publish', true, node, r.subset(ids, 8));
      if (roll < 0.55) return batch('publish', false, node, r.subset(ids, 8));
      if (roll < 0.8) return batch('offline', true, node, r.subset(ids, 8));
      const listed = await clients[node]!.call('GET', '/v2/{p}/design/approvals?approval_status=DEVELOPING&limit=100');
      if (listed.status !== 200) {
        problems.push(`list on node ${node}: HTTP ${listed.status}`);
        return;
      }
      const developing: ApprovalVO[] = listed.body.data.value.records;
      if (developing.length === 0) return batch('publish', false, node, r.subset(ids, 8));
      const chosen = r.subset(
        developing.map((a) => a.id),
        5,
      );
      // Now and then the same decision goes to two nodes at once.
      const targets = r.next() < 0.3 && count > 1 ? [node, (node + 1 + r.int(count - 1)) % count] : [node];
      await Promise.all(
        targets.map((n) =>
          clients[n]!.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
            body: { ids: chosen, msg: `resolved on node ${n} (call ${i})` },
          }).then((a) => record('resolve', false, n, a)),
        ),
      );
    };

    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < CALLS) {
          const i = next++;
          try {
            await task(i);
          } catch (err) {
            problems.push(`call ${i}: ${String(err)}`);
          }
        }
      }),
    );
    const elapsed = Date.now() - started;

    // Every answer: HTTP 200, a coherent BatchOperationVO, and for each failed item the cloud's remark.
    for (const d of done.filter((x) => x.answer.status === 200)) {
      const v = d.answer.body.data.value;
      const items: Item[] = v.groups;
      const failed = items.filter((it) => it.operation_status !== 'SUCCESS');
      if (
        v.total !== items.length ||
        v.success + v.failed !== v.total ||
        v.failed !== failed.length ||
        v.operation_status !== (failed.length > 0 ? 'FAILED' : 'SUCCESS')
      )
        problems.push(`incoherent batch: ${d.answer.text.slice(0, 300)}`);
      for (const it of items) {
        if (it.operation_status === 'SUCCESS') {
          if (it.remark !== 'PASSED') problems.push(`${d.kind}: SUCCESS with remark ${it.remark}`);
          continue;
        }
        const ok =
          it.operation_status === 'FAILED' &&
          (d.kind === 'publish'
            ? it.remark === RELEASED || it.remark === UNDER_REVIEW
            : d.kind === 'offline'
              ? it.remark === notOnline(nameOf.get(it.biz_id)!)
              : it.remark === PROCESSED);
        if (!ok) problems.push(`${d.kind}: item ${it.biz_id} ${it.operation_status} with remark ${JSON.stringify(it.remark)}`);
      }
    }
    expect(problems).toEqual([]);

    const successes = (kind: Kind, fast?: boolean) =>
      done
        .filter((d) => d.kind === kind && (fast === undefined || d.fast === fast))
        .flatMap((d) => (d.answer.body.data.value.groups as Item[]).filter((it) => it.operation_status === 'SUCCESS'));
    const submitted = [...successes('publish'), ...successes('offline')];
    const resolved = successes('resolve');
    const stats = {
      calls: done.length,
      elapsed_ms: elapsed,
      publish_fast: successes('publish', true).length,
      publish: successes('publish', false).length,
      offline_fast: successes('offline').length,
      resolved: resolved.length,
      failed_items: done.reduce((n, d) => n + d.answer.body.data.value.failed, 0),
      resolve_already_processed: done
        .filter((d) => d.kind === 'resolve')
        .reduce((n, d) => n + (d.answer.body.data.value.groups as Item[]).filter((it) => it.remark === PROCESSED).length, 0),
    };
    console.log(
      `[multi-node ${engine}] seed ${seed}, ${count} nodes (worker ids ${nodes.map((n) => n.workerId).join(', ')}): ${JSON.stringify(stats)}`,
    );
    // The run must have exercised every path, conflicts included.
    expect(stats.publish_fast).toBeGreaterThan(0);
    expect(stats.publish).toBeGreaterThan(0);
    expect(stats.offline_fast).toBeGreaterThan(0);
    expect(stats.resolved).toBeGreaterThan(0);
    expect(stats.failed_items).toBeGreaterThan(0);
    expect(stats.resolve_already_processed).toBeGreaterThan(0);

    // The store, read back through the API of any node.
    const listed = await clients[count - 1]!.call('GET', '/archgate/v1/{p}/objects?limit=1000&biz_type=TABLE_MODEL');
    expect(listed.status).toBe(200);
    const status = new Map((listed.body.data.value.records as ObjectVO[]).map((o) => [o.id, o.status]));
    expect([...status.keys()].sort()).toEqual([...ids].sort());
    const approvals = await allApprovals(clients[0]!);
    const byObject = new Map(ids.map((id) => [id, approvals.filter((a) => a.biz_id === id).sort(cmpId)]));
    expect(approvals.every((a) => byObject.has(a.biz_id))).toBe(true);

    for (const id of ids) {
      const mine = byObject.get(id)!;
      const developing = mine.filter((a) => a.approval_status === 'DEVELOPING');
      // (a) at most one application under review per object.
      expect(developing.length, `object ${id}`).toBeLessThanOrEqual(1);
      // (b) *_DEVELOPING exactly when one application of that type is under review.
      const st = status.get(id)!;
      if (st === 'PUBLISH_DEVELOPING' || st === 'OFFLINE_DEVELOPING') {
        expect(
          developing.map((a) => `${a.approval_type}_DEVELOPING`),
          `object ${id}`,
        ).toEqual([st]);
      } else {
        expect(developing, `object ${id} is ${st}`).toEqual([]);
      }
      // (e) replaying the applications in submit order gives the object's status: they alternate
      // PUBLISH, OFFLINE, PUBLISH… (each was accepted only after the one before it was decided), every
      // one but the last is approved, and the last says where the object is.
      mine.forEach((a, k) => {
        expect(a.approval_type, `object ${id}, application ${k}`).toBe(k % 2 === 0 ? 'PUBLISH' : 'OFFLINE');
        if (k < mine.length - 1) expect(a.approval_status, `object ${id}, application ${k}`).toBe('APPROVED');
        if (k > 0)
          expect(
            Date.parse(a.submit_time),
            `object ${id}: submit times follow the order applications were accepted in`,
          ).toBeGreaterThanOrEqual(Date.parse(mine[k - 1]!.submit_time));
      });
      const last = mine.at(-1);
      const replayed = !last
        ? 'DRAFT'
        : last.approval_status === 'DEVELOPING'
          ? `${last.approval_type}_DEVELOPING`
          : last.approval_status === 'APPROVED'
            ? last.approval_type === 'PUBLISH'
              ? 'PUBLISHED'
              : 'OFFLINE'
            : `unexpected ${last.approval_status}`;
      expect(st, `object ${id}`).toBe(replayed);
    }

    // (c) every accepted item recorded exactly one application, and nothing else did.
    expect(approvals).toHaveLength(submitted.length);
    const key = (bizId: string, type: string, fast: boolean) => `${bizId}/${type}/${fast}`;
    const tally = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
    const fromAnswers = tally(
      done
        .filter((d) => d.kind !== 'resolve')
        .flatMap((d) =>
          (d.answer.body.data.value.groups as Item[])
            .filter((it) => it.operation_status === 'SUCCESS')
            .map((it) => key(it.biz_id, d.kind === 'publish' ? 'PUBLISH' : 'OFFLINE', d.fast)),
        ),
    );
    const fromStore = tally(approvals.map((a) => key(a.biz_id, a.approval_type, a.msg === FAST_MSG)));
    expect(Object.fromEntries([...fromStore].sort())).toEqual(Object.fromEntries([...fromAnswers].sort()));
    // (d) every successful resolve applied exactly once.
    const resolvedInStore = approvals.filter((a) => a.approval_status === 'APPROVED' && a.msg !== FAST_MSG);
    expect(resolvedInStore).toHaveLength(resolved.length);
    expect(tally(resolvedInStore.map((a) => a.biz_id))).toEqual(tally(resolved.map((it) => it.biz_id)));
    expect(resolvedInStore.every((a) => /^resolved on node \d \(call \d+\)$/.test(a.msg ?? ''))).toBe(true);
  });

  it('answers one Idempotency-Key sent to two nodes at once twice identically, and does the work once', async () => {
    const c0 = clients[0]!;
    for (let round = 0; round < 3; round++) {
      const created = await c0.call('POST', '/archgate/v1/{p}/objects', {
        body: { objects: Array.from({ length: 200 }, (_, i) => ({ biz_type: 'TABLE_MODEL', name_en: `idem_${engine}_${round}_${i}` })) },
      });
      expect(created.status).toBe(200);
      const ids: string[] = created.body.data.value.records.map((o: { id: string }) => o.id);
      const raw = JSON.stringify({
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'TABLE_MODEL' })),
        approver_user_id: c0.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      });
      const headers = { 'idempotency-key': `two-nodes-${engine}-${round}` };
      const [a, b] = await Promise.all(
        [0, 1].map((n) => clients[n]!.call('POST', '/v2/{p}/design/approvals/batch-publish', { raw, headers })),
      );
      expect([a!.status, b!.status]).toEqual([200, 200]);
      expect(a!.text).toBe(b!.text);
      expect(a!.body.data.value).toMatchObject({ operation_status: 'SUCCESS', total: 200, success: 200 });
      expect([a!.headers.get('idempotent-replayed'), b!.headers.get('idempotent-replayed')].sort()).toEqual(['true', null].sort());

      // One change: each object published once, by one application, in one batch.
      const published = await clients[count - 1]!.call(
        'GET',
        `/archgate/v1/{p}/objects?limit=1000&status=PUBLISHED&name=idem_${engine}_${round}_`,
      );
      expect(published.body.data.value.total).toBe(200);
      const apps = await c0.call('GET', `/v2/{p}/design/approvals?name=idem_${engine}_${round}_&limit=1`);
      expect(apps.body.data.value.total).toBe(200);
      for (const id of [ids[0]!, ids[199]!]) {
        const one = await c0.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`);
        expect(one.body.data.value.total).toBe(1);
      }
      const groupId = a!.body.data.value.group_id;
      const batches = await c0.call('GET', '/archgate/v1/{p}/batches?operation_type=PUBLISH&limit=100');
      expect((batches.body.data.value.records as { group_id: string; total: number }[]).filter((x) => x.total === 200)).toHaveLength(
        round + 1,
      );
      expect((await c0.call('GET', `/archgate/v1/{p}/batches/${groupId}`)).status).toBe(200);
    }
  });
});
