import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchgateClient } from '../src/client/index.js';
import { ENGINES, startServer, type TestServer } from './helpers/server.js';

describe.each(ENGINES)('the typed client on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(() => s.close());

  const tokenClient = () => createArchgateClient({ endpoint: s.url, credentials: { token: s.token }, workspace: s.workspaceId });
  const params = () => ({ path: { project_id: s.projectId } });

  async function registerAndPublish(client: ReturnType<typeof tokenClient>, names: string[]) {
    const created = await client.POST('/archgate/v1/{project_id}/objects', {
      params: params(),
      body: { objects: names.map((name_en) => ({ biz_type: 'SUBJECT' as const, name_en })) },
    });
    expect(created.response.status).toBe(200);
    const ids = created.data!.data.value.records.map((o) => o.id);
    const published = await client.POST('/v2/{project_id}/design/approvals/batch-publish', {
      params: params(),
      body: {
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'SUBJECT' as const })),
        approver_user_id: s.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
    });
    expect(published.response.status).toBe(200);
    expect(published.data!.data.value.success).toBe(names.length);
    return ids;
  }

  it('takes objects online and offline with a token', async () => {
    const client = tokenClient();
    const ids = await registerAndPublish(client, ['client_a', 'client_b']);
    const offline = await client.POST('/v2/{project_id}/design/approvals/batch-offline', {
      params: params(),
      body: {
        biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: 'SUBJECT' as const })),
        approver_user_id: s.adminId,
        approver_user_name: 'admin',
        fast_approval: true,
      },
    });
    expect(offline.response.status).toBe(200);
    expect(offline.data!.data.value.success).toBe(2);
    const one = await client.GET('/archgate/v1/{project_id}/objects/{id}', {
      params: { path: { project_id: s.projectId, id: ids[0]! } },
    });
    expect(one.data!.data.value.status).toBe('OFFLINE');
  });

  it('signs every call with an access key it created, and the server accepts the signature', async () => {
    const created = await tokenClient().POST('/v3.0/OS-CREDENTIAL/credentials', {
      body: { credential: { user_id: s.adminId, description: 'client test' } },
    });
    expect(created.response.status).toBe(201);
    const { access, secret } = created.data!.credential;
    const signed = createArchgateClient({
      endpoint: s.url,
      credentials: { ak: access, sk: secret, projectId: s.projectId },
      workspace: s.workspaceId,
    });
    const ids = await registerAndPublish(signed, ['client_signed']);
    const list = await signed.GET('/v2/{project_id}/design/approvals', {
      params: { path: { project_id: s.projectId }, query: { biz_type: 'SUBJECT' } },
    });
    expect(list.response.status).toBe(200);
    expect(list.data!.data.value.records.some((r) => r.biz_id === ids[0])).toBe(true);
    // A wrong secret is refused: the client really signs rather than riding on another credential.
    const wrong = createArchgateClient({
      endpoint: s.url,
      credentials: { ak: access, sk: `${secret.slice(1)}x`, projectId: s.projectId },
      workspace: s.workspaceId,
    });
    const refused = await wrong.GET('/v2/{project_id}/design/approvals', { params: params() });
    expect(refused.response.status).toBe(401);
  });
});
