import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPROVAL_TYPES, BIZ_STATUSES, type ApprovalType, type BizStatus } from '../src/domain/enums.js';
import { DECIDE, REMARKS, SUBMIT } from '../src/domain/lifecycle.js';
import { ENGINES, batchBody, createObjects, startServer, statusOf, type TestServer } from './helpers/server.js';

/**
 * docs/API.md §6 and R1-R3, R9, R10: every transition of the lifecycle, allowed and refused, over HTTP. The
 * expectations come from the tables in src/domain/lifecycle.ts; the server must do what they say.
 */
const BT = 'TABLE_MODEL';
const DECISIONS = ['resolve', 'reject', 'withdraw'] as const;
type Decision = (typeof DECISIONS)[number];
/** docs/API.md §5.3 / §6: the approval status each decision leaves behind (written out, not imported). */
const APPROVAL_AFTER: Record<Decision, string> = { resolve: 'APPROVED', reject: 'REJECT', withdraw: 'WITHDREW' };
const OP = { PUBLISH: 'batch-publish', OFFLINE: 'batch-offline' } as const;

let seq = 0;
const uniqueName = (tag: string) => `lc_${tag.toLowerCase()}_${++seq}`;

describe.each(ENGINES)('lifecycle (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  async function submit(type: ApprovalType, id: string, fast: boolean) {
    const r = await s.call('POST', `/v2/{p}/design/approvals/${OP[type]}`, { body: batchBody(s, [id], BT, { fast_approval: fast }) });
    expect(r.status).toBe(200);
    expect(r.body.data.value.groups).toHaveLength(1);
    return r.body.data.value;
  }

  async function approvalsOf(bizId: string): Promise<any[]> {
    const r = await s.call('GET', `/v2/{p}/design/approvals?biz_id=${bizId}&limit=100`);
    expect(r.status).toBe(200);
    expect(r.body.data.value.total).toBe(r.body.data.value.records.length);
    return r.body.data.value.records;
  }

  async function developingId(bizId: string): Promise<string> {
    const dev = (await approvalsOf(bizId)).filter((a) => a.approval_status === 'DEVELOPING');
    expect(dev).toHaveLength(1);
    return dev[0].id;
  }

  async function decide(decision: Decision, approvalId: string, msg = `msg ${decision}`) {
    if (decision === 'withdraw') {
      const r = await s.call('PUT', `/v2/{p}/design/approvals?ids=${approvalId}`);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ data: { value: '1' } });
      return r.body;
    }
    const r = await s.call('PUT', `/v2/{p}/design/approvals/action?action-id=${decision}`, { body: { ids: [approvalId], msg } });
    expect(r.status).toBe(200);
    return r.body.data.value;
  }

  /** A fresh object brought into `status` through the API only. */
  async function objectIn(status: BizStatus): Promise<{ id: string; name: string }> {
    const name = uniqueName(status);
    const [id] = await createObjects(s, BT, [name]);
    const steps: Record<BizStatus, () => Promise<unknown>> = {
      DRAFT: async () => {},
      PUBLISH_DEVELOPING: () => submit('PUBLISH', id!, false),
      PUBLISHED: () => submit('PUBLISH', id!, true),
      OFFLINE_DEVELOPING: async () => {
        await submit('PUBLISH', id!, true);
        await submit('OFFLINE', id!, false);
      },
      OFFLINE: async () => {
        await submit('PUBLISH', id!, true);
        await submit('OFFLINE', id!, true);
      },
      REJECT: async () => {
        await submit('PUBLISH', id!, false);
        await decide('reject', await developingId(id!));
      },
    };
    await steps[status]();
    expect(await statusOf(s, id!)).toBe(status);
    return { id: id!, name };
  }

  it('the tables say what docs/API.md §6 says', () => {
    const okFrom = (t: ApprovalType) => BIZ_STATUSES.filter((b) => SUBMIT[t][b].ok);
    expect(okFrom('PUBLISH').sort()).toEqual(['DRAFT', 'OFFLINE', 'REJECT']);
    expect(okFrom('OFFLINE')).toEqual(['PUBLISHED']);
    expect(SUBMIT.PUBLISH.PUBLISHED).toEqual({ ok: false, remark: 'RELEASED' });
    expect(DECIDE).toEqual({
      PUBLISH: { resolve: 'PUBLISHED', reject: 'REJECT', withdraw: 'PRIOR' },
      OFFLINE: { resolve: 'OFFLINE', reject: 'PUBLISHED', withdraw: 'PUBLISHED' },
    });
  });

  const submitRows = APPROVAL_TYPES.flatMap((type) => BIZ_STATUSES.flatMap((from) => [false, true].map((fast) => ({ type, from, fast }))));

  it.each(submitRows)('$type from $from (fast $fast) does what SUBMIT says', async ({ type, from, fast }) => {
    const { id, name } = await objectIn(from);
    const before = await approvalsOf(id);
    const v = await submit(type, id, fast);
    const rule = SUBMIT[type][from];
    const item = v.groups[0];
    expect(item.biz_id).toBe(id);
    expect(item.operation_type).toBe(type);
    const after = await approvalsOf(id);
    if (rule.ok) {
      const to = fast ? rule.fast : rule.pending;
      expect([v.operation_status, item.operation_status, item.remark]).toEqual(['SUCCESS', 'SUCCESS', REMARKS.PASSED]);
      expect(await statusOf(s, id)).toBe(to);
      expect(after).toHaveLength(before.length + 1);
      expect(after.slice(1)).toEqual(before);
      expect(after[0]).toMatchObject({
        approval_type: type,
        approval_status: fast ? 'APPROVED' : 'DEVELOPING',
        biz_status: to,
        msg: fast ? 'Fast Approval OK.' : null,
        approver: 'admin',
      });
    } else {
      const remark = REMARKS[rule.remark].replace('{name}', name);
      expect([v.operation_status, item.operation_status, item.remark]).toEqual(['FAILED', 'FAILED', remark]);
      expect(await statusOf(s, id)).toBe(from);
      expect(after).toEqual(before);
    }
  });

  it('spells the refusals word for word (two spaces before "is not online")', async () => {
    const { id, name } = await objectIn('DRAFT');
    const v = await submit('OFFLINE', id, true);
    expect(v.groups[0].remark).toBe(`Definition ${name}  is not online`);
    const p = await objectIn('PUBLISHED');
    expect((await submit('PUBLISH', p.id, true)).groups[0].remark).toBe(
      'The definition has been released and does not support resubmission',
    );
  });

  const decideRows = APPROVAL_TYPES.flatMap((type) =>
    BIZ_STATUSES.filter((b) => SUBMIT[type][b].ok).flatMap((from) => DECISIONS.map((decision) => ({ type, decision, from }))),
  );
  it.each(decideRows)('$type: $decision of a pending application submitted from $from', async ({ type, decision, from }) => {
    const { id } = await objectIn(from);
    await submit(type, id, false);
    const approvalId = await developingId(id);
    const v = await decide(decision, approvalId);
    if (decision !== 'withdraw') {
      expect(v).toMatchObject({ operation_status: 'SUCCESS', operation_type: 'APPROVAL', total: 1, success: 1, failed: 0, rate: '1.00' });
      expect(v.groups[0]).toMatchObject({ biz_id: id, operation_status: 'SUCCESS', operation_type: 'APPROVAL', remark: REMARKS.PASSED });
    }
    const target = DECIDE[type][decision];
    const to = target === 'PRIOR' ? from : target;
    expect(await statusOf(s, id)).toBe(to);
    const a = (await approvalsOf(id)).find((x) => x.id === approvalId);
    expect(a).toMatchObject({ approval_status: APPROVAL_AFTER[decision], approval_type: type, biz_status: to });
    expect(a.msg).toBe(decision === 'withdraw' ? null : `msg ${decision}`);
    if (decision !== 'withdraw') expect(a.approval_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('re-publishes after a withdraw and after a reject (R10)', async () => {
    const { id } = await objectIn('DRAFT');
    await submit('PUBLISH', id, false);
    await decide('withdraw', await developingId(id));
    expect(await statusOf(s, id)).toBe('DRAFT');
    expect((await submit('PUBLISH', id, false)).groups[0]).toMatchObject({ operation_status: 'SUCCESS', remark: 'PASSED' });
    await decide('reject', await developingId(id));
    expect(await statusOf(s, id)).toBe('REJECT');
    expect((await submit('PUBLISH', id, false)).groups[0]).toMatchObject({ operation_status: 'SUCCESS', remark: 'PASSED' });
    await decide('resolve', await developingId(id));
    expect(await statusOf(s, id)).toBe('PUBLISHED');
    expect((await approvalsOf(id)).map((a) => a.approval_status)).toEqual(['APPROVED', 'REJECT', 'WITHDREW']);
  });

  it('refuses to decide an application that was already processed, item by item (R9)', async () => {
    const fast = await objectIn('PUBLISHED');
    const [fastApproval] = await approvalsOf(fast.id);
    const done: { id: string; approval: string; status: string }[] = [{ id: fast.id, approval: fastApproval.id, status: 'PUBLISHED' }];
    for (const decision of DECISIONS) {
      const { id } = await objectIn('DRAFT');
      await submit('PUBLISH', id, false);
      const approval = await developingId(id);
      await decide(decision, approval);
      done.push({ id, approval, status: await statusOf(s, id) });
    }
    const pending = await objectIn('DRAFT');
    await submit('PUBLISH', pending.id, false);
    const pendingApproval = await developingId(pending.id);
    for (const action of ['resolve', 'reject'] as const) {
      for (const d of done) {
        const v = await decide(action, d.approval);
        expect(v).toMatchObject({ operation_status: 'FAILED', total: 1, success: 0, failed: 1 });
        expect(v.groups[0]).toMatchObject({ biz_id: d.id, operation_status: 'FAILED', remark: REMARKS.PROCESSED });
        expect(await statusOf(s, d.id)).toBe(d.status);
      }
    }
    // In a mixed request the pending one is still decided; the processed one stays as it was.
    const mixed = await s.call('PUT', '/v2/{p}/design/approvals/action?action-id=resolve', {
      body: { ids: [done[2]!.approval, pendingApproval], msg: 'ok' },
    });
    expect(mixed.body.data.value).toMatchObject({ operation_status: 'FAILED', total: 2, success: 1, failed: 1 });
    expect(await statusOf(s, pending.id)).toBe('PUBLISHED');
    expect((await approvalsOf(done[2]!.id))[0].approval_status).toBe('REJECT');
    expect(await statusOf(s, done[2]!.id)).toBe('REJECT');
  });

  it('answers 400 to a withdraw of a processed application and changes nothing', async () => {
    const processed = await objectIn('REJECT');
    const [rejected] = await approvalsOf(processed.id);
    const pending = await objectIn('DRAFT');
    await submit('PUBLISH', pending.id, false);
    const pendingApproval = await developingId(pending.id);
    for (const ids of [rejected.id, `${pendingApproval},${rejected.id}`]) {
      const r = await s.call('PUT', `/v2/{p}/design/approvals?ids=${ids}`);
      expect(r.status).toBe(400);
      expect(r.body.error_code).toMatch(/^DLG\./);
      expect(r.body.errors[0].error_code).toBe(r.body.error_code);
    }
    expect(await statusOf(s, processed.id)).toBe('REJECT');
    expect(await statusOf(s, pending.id)).toBe('PUBLISH_DEVELOPING');
    expect((await approvalsOf(processed.id)).map((a) => a.approval_status)).toEqual(['REJECT']);
    expect((await approvalsOf(pending.id)).map((a) => a.approval_status)).toEqual(['DEVELOPING']);
  });

  it('records a fast approval as APPROVED with "Fast Approval OK." and a full ApprovalVO', async () => {
    const name = uniqueName('vo');
    const r = await s.call('POST', '/archgate/v1/{p}/objects', {
      body: {
        objects: [
          {
            biz_type: BT,
            name_en: name,
            name_ch: '行程记录',
            code: 'trip_rec',
            description: 'trips',
            biz_info: { l1: 'City', l2: 'Trips', owner: 'ops' },
          },
        ],
      },
    });
    const id: string = r.body.data.value.records[0].id;
    await submit('PUBLISH', id, true);
    const [a] = await approvalsOf(id);
    const tenant = `${s.projectId}-workspace-${s.workspaceId}`;
    expect(a.id).toMatch(/^[0-9]{19}$/);
    expect(a.biz_id).toMatch(/^[0-9]{19}$/);
    expect(typeof a.id).toBe('string');
    expect(a).toMatchObject({
      tenant_id: tenant,
      biz_id: id,
      biz_type: BT,
      name_en: name,
      name_ch: '行程记录',
      biz_version: 1,
      biz_status: 'PUBLISHED',
      approval_status: 'APPROVED',
      approval_type: 'PUBLISH',
      msg: 'Fast Approval OK.',
      approver: 'admin',
      create_by: 'admin',
      l1: 'City',
      l2: 'Trips',
      l3: null,
      directory_path: 'City/Trips',
    });
    expect(a.submit_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(a.approval_time).toBe(a.submit_time);
    expect(typeof a.biz_info).toBe('string');
    expect(a.biz_info).toBe(JSON.stringify(a.biz_info_obj));
    expect(a.biz_info_obj).toMatchObject({
      id,
      biz_type: BT,
      name_en: name,
      name_ch: '行程记录',
      code: 'trip_rec',
      description: 'trips',
      owner: 'ops',
      l1: 'City',
    });
  });
});
