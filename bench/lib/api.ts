import { ADMIN_PASSWORD, type Archgate } from './archgate.js';

/** A small HTTP client for setting up a bench: login, objects, batches, reads. */
export class Api {
  token = '';
  /** The user the bench acts as: the admin after login(), or the user of actAsApprover(). */
  adminId = '';
  userName = 'admin';

  constructor(readonly node: Archgate) {}

  /** Headers every design request carries. */
  headers(): Record<string, string> {
    return { 'x-auth-token': this.token, workspace: this.node.workspaceId, 'content-type': 'application/json' };
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.node.url + path.replace('{p}', this.node.projectId), {
      method,
      headers: this.headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  /** POST /v3/auth/tokens for a user of the domain, scoped to the node's project: the token. */
  private async tokenFor(name: string, password: string): Promise<string> {
    const res = await fetch(`${this.node.url}/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'archgate' } } } },
          scope: { project: { id: this.node.projectId } },
        },
      }),
    });
    if (res.status !== 201) throw new Error(`login as ${name}: ${res.status} ${await res.text()}`);
    return res.headers.get('x-subject-token')!;
  }

  /** Logs in as the admin, then reads the admin's user id from the approver list. */
  async login(): Promise<void> {
    this.token = await this.tokenFor('admin', ADMIN_PASSWORD);
    const users = await this.call<{ data: { value: { records: { user_id: string }[] } } }>('GET', '/v2/{p}/design/approvals/users');
    this.adminId = users.data.value.records[0]!.user_id;
  }

  /**
   * From now on acts as a new user of the workspace (an admin of it) whose IAM user has `email` and who is a
   * registered approver with email_notify: each of their fast batches then also emails them when it ends.
   */
  async actAsApprover(name: string, email: string): Promise<void> {
    const password = `Bench-pass-${Date.now() % 100000}`;
    const u = await this.call<{ user: { id: string } }>('POST', '/v3.0/OS-USER/users', { user: { name, password, email } });
    await this.call('PUT', `/archgate/v1/{p}/workspaces/${this.node.workspaceId}/members/${u.user.id}`, { role: 'admin' });
    await this.call('POST', '/v2/{p}/design/approvals/users', { approver_name: name, user_id: u.user.id, email, email_notify: true });
    this.token = await this.tokenFor(name, password);
    this.adminId = u.user.id;
    this.userName = name;
  }

  /** Registers `count` objects (10,000 per request) and answers their ids in order. */
  async createObjects(count: number, bizType: string, prefix: string): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 10000) {
      const n = Math.min(10000, count - start);
      const objects = Array.from({ length: n }, (_, i) => ({ biz_type: bizType, name_en: `${prefix}_${start + i}` }));
      const r = await this.call<{ data: { value: { records: { id: string }[] } } }>('POST', '/archgate/v1/{p}/objects', { objects });
      ids.push(...r.data.value.records.map((o) => o.id));
    }
    return ids;
  }

  batchBody(ids: readonly string[], bizType: string): Record<string, unknown> {
    return {
      biz_infos: ids.map((biz_id) => ({ biz_id, biz_type: bizType })),
      approver_user_id: this.adminId,
      approver_user_name: this.userName,
      email: null,
      fast_approval: true,
    };
  }

  /** One fast batch-publish or batch-offline; throws unless every item succeeded. Answers the request's wall time in ms. */
  async batch(kind: 'publish' | 'offline', ids: readonly string[], bizType: string): Promise<number> {
    const body = JSON.stringify(this.batchBody(ids, bizType));
    const t0 = performance.now();
    const res = await fetch(`${this.node.url}/v2/${this.node.projectId}/design/approvals/batch-${kind}?from=standard`, {
      method: 'POST',
      headers: this.headers(),
      body,
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(`batch-${kind}: ${res.status} ${text.slice(0, 500)}`);
    const v = (JSON.parse(text) as { data: { value: { operation_status: string; failed: number } } }).data.value;
    if (v.operation_status !== 'SUCCESS') throw new Error(`batch-${kind} of ${ids.length}: ${v.failed} items failed`);
    return ms;
  }

  /** Publishes objects in batches of up to 10,000. */
  async publishAll(ids: readonly string[], bizType: string): Promise<void> {
    for (let i = 0; i < ids.length; i += 10000) await this.batch('publish', ids.slice(i, i + 10000), bizType);
  }

  /** How many batches of this type failed (an item that failed fails its batch). */
  async failedBatches(type: 'PUBLISH' | 'OFFLINE'): Promise<number> {
    const r = await this.call<{ data: { value: { total: number } } }>(
      'GET',
      `/archgate/v1/{p}/batches?operation_type=${type}&operation_status=FAILED&limit=1`,
    );
    return r.data.value.total;
  }
}
