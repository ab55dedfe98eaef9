import type { Operation } from './openapi-operations.js';
import { addUser, batchBody, createObjects, type TestServer } from './server.js';

/**
 * A small, real world for the fuzz test to aim at: objects in several states, applications, batches,
 * approvers, users of each kind, access keys, a second workspace, a model, a subject, a table model, an
 * impact token. Generated id-shaped values pick from these much of the time, so that requests reach the
 * use cases instead of stopping at "does not exist".
 */
export interface Seeded {
  pools: Record<string, string[]>;
  /** Members whose tokens the fuzz test sends as lesser callers. */
  members: { viewer: string; developer: string };
  memberNames: { viewer: string; developer: string };
  /** The access key the bogus AK/SK signatures name (so that they reach the signature check). */
  signingKey: string;
}

function ok(r: { status: number; body: any }, what: string) {
  if (r.status >= 300) throw new Error(`seeding ${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function seedWorld(s: TestServer): Promise<Seeded> {
  const tm = await createObjects(s, 'TABLE_MODEL', ['fz_draft', 'fz_pub', 'fz_pend', 'fz_spare']);
  const dims = await createObjects(s, 'DIMENSION', ['fz_dim']);
  const publish = (ids: string[], extra = {}) =>
    s.call('POST', '/v2/{p}/design/approvals/batch-publish', { body: batchBody(s, ids, 'TABLE_MODEL', extra) });
  const fast = ok(await publish([tm[1]!], { fast_approval: true }), 'fast publish');
  const slow = ok(await publish([tm[2]!]), 'publish');
  const approvals = ok(await s.call('GET', '/v2/{p}/design/approvals?limit=50'), 'approvals').data.value.records.map((a: any) => a.id);

  const dev = await addUser(s, 'fz_dev', 'developer');
  const viewer = await addUser(s, 'fz_viewer', 'viewer');
  const plain = await addUser(s, 'fz_plain', null);
  // Users and keys the fuzz test may delete, so that the members above keep their reach.
  const victims = [(await addUser(s, 'fz_victim1', 'operator')).id, (await addUser(s, 'fz_victim2', null)).id];
  ok(await s.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'fz_dev', user_id: dev.id } }), 'approver');
  const approvers = ok(await s.call('GET', '/v2/{p}/design/approvals/users'), 'approvers').data.value.records.map((a: any) => a.id);
  const newKey = async () =>
    ok(
      await s.call('POST', '/v3.0/OS-CREDENTIAL/credentials', {
        workspace: null,
        body: { credential: { user_id: plain.id, description: 'fz' } },
      }),
      'access key',
    ).credential.access as string;
  const signingKey = await newKey();
  const keys = [await newKey(), signingKey];

  const ws2 = ok(await s.call('POST', `/archgate/v1/${s.projectId}/workspaces`, { workspace: null, body: { name: 'fz_ws2' } }), 'workspace')
    .data.value.id;
  const model = ok(
    await s.call('POST', '/v2/{p}/design/workspaces', { body: { name: 'fz_model', type: 'THIRD_NF', is_physical: true, dw_type: 'DWS' } }),
    'model',
  ).data.value.id;
  const subject = ok(
    await s.call('POST', '/v3/{p}/design/subjects', { body: { name_ch: 'fz_subj', name_en: 'fz_subj', data_owner_list: 'fz', level: 1 } }),
    'subject',
  ).data.value.id;
  const tableModel = ok(
    await s.call('POST', '/v2/{p}/design/table-model', {
      body: {
        model_id: model,
        dw_type: 'DWS',
        biz_catalog_id: subject,
        tb_name: 'fz_tm',
        logic_tb_name: 'fz_tm',
        description: 'fz',
        attributes: [{ name_ch: 'key', name_en: 'key_en', data_type: 'INTEGER', ordinal: '1' }],
        table_type: 'DWS_ROW',
        compression: 'NO',
      },
    }),
    'table model',
  ).data.value.id;
  const impact = ok(
    await s.call('POST', '/archgate/v1/{p}/impact', {
      body: { action: 'OFFLINE', biz_infos: [{ biz_id: tm[1], biz_type: 'TABLE_MODEL' }] },
    }),
    'impact',
  ).data.value;

  const pools: Record<string, string[]> = {
    objects: [...tm, ...dims, tableModel, subject, model],
    approvals,
    approvers,
    subjects: [subject],
    models: [model],
    tableModels: [tableModel],
    groups: [fast.data.value.group_id, slow.data.value.group_id].filter(Boolean),
    // The admin is left out of the user pools: renaming or deleting the caller would end the run's reach.
    users: [dev.id, viewer.id, plain.id, ...victims],
    victims,
    approverUsers: [s.adminId, dev.id],
    accessKeys: keys,
    workspaces: [s.workspaceId, ws2],
    projects: [s.projectId],
    // The workspace header names the seeded one mostly: everything above lives there.
    workspaceHeader: [s.workspaceId, s.workspaceId, s.workspaceId, ws2],
    impactTokens: typeof impact.impact_token === 'string' ? [impact.impact_token] : [],
    idempotencyKeys: ['fz-key-1', 'fz-key-2'],
  };
  return {
    pools,
    members: { viewer: viewer.token, developer: dev.token },
    memberNames: { viewer: 'fz_viewer', developer: 'fz_dev' },
    signingKey,
  };
}

/** What `id`/`ids` name on a route, by the family its path belongs to. */
function familyPool(p: Record<string, string[]>, path: string): string[] {
  if (path.includes('/table-model')) return p.tableModels!;
  if (path.includes('/design/workspaces')) return p.models!;
  if (path.includes('/subjects')) return p.subjects!;
  if (path.includes('/approvals')) return p.approvals!;
  return p.objects!;
}

/** Which pool a field or parameter of this name draws from; id-shaped fields of no known name take any id. */
export function poolFor(seeded: Seeded, op: Operation, name: string | undefined, idShaped: boolean): readonly string[] {
  const p = seeded.pools;
  const destroys = op.method === 'DELETE' || op.path.endsWith('/password');
  const by: Record<string, readonly string[]> = {
    biz_id: p.objects!,
    parent_id: [...p.objects!, ...p.subjects!],
    approver_ids: p.approvers!,
    user_id: destroys && op.path.startsWith('/v3') ? p.victims! : p.users!,
    approver_user_id: p.approverUsers!,
    group_id: p.groups!,
    model_id: p.models!,
    biz_catalog_id: p.subjects!,
    biz_catalog_ids: p.subjects!,
    access_key: destroys ? p.accessKeys!.slice(0, 1) : p.accessKeys!,
    workspace_id: p.workspaces!,
    workspace: p.workspaceHeader!,
    project_id: p.projects!,
    'x-project-id': p.projects!,
    impact_token: p.impactTokens!,
    'idempotency-key': p.idempotencyKeys!,
    // Mostly the route's own kind; now and then another kind's id, as a confused client would send.
    id: [...familyPool(p, op.path), ...familyPool(p, op.path), ...familyPool(p, op.path), ...p.objects!],
    ids: [...familyPool(p, op.path), ...familyPool(p, op.path), ...familyPool(p, op.path), ...p.objects!],
  };
  if (name && by[name]) return by[name]!;
  return idShaped ? p.objects! : [];
}
