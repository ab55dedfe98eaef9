import { Snowflake } from '../../src/domain/ids.js';
import type { Tenant } from './create-db.js';
import { openRawSqlite } from './raw-sqlite.js';
import { SQLITE_CACHE_KIB } from '../../src/store/db.js';

/**
 * What SQLite alone allows for offline2: the statements archgate runs for one fast 2-item batch-offline
 * (2 authentication reads; BEGIN IMMEDIATE; approver, objects, pending edits, pending applications and
 * references reads; 2 object updates, the 2 applications and the 2 items as one statement each, the batch; COMMIT), as raw
 * better-sqlite3 prepared statements in a loop, with no HTTP, no query building and no fsync
 * (synchronous=NORMAL), on a database created by archgate's own code. Answers transactions per second.
 */
const twice = (tuple: string) => `${tuple}, ${tuple}`;

export function sqlFloor2(path: string, t: Tenant, transactions: number): number {
  const db = openRawSqlite(path, { synchronous: 'NORMAL', foreignKeys: true });
  try {
    db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    const ids = new Snowflake(1022);
    const now = new Date().toISOString();
    const insertObject = db.prepare(`insert into objects (id, project_id, workspace_id, biz_type, name_en, name_ch, code, description,
      status, prior_status, parent_id, refs, biz_info, biz_version, env_type, dev_version, prod_version, create_by, update_by, create_time,
      update_time) values (?, ?, ?, 'TABLE_MODEL', ?, null, null, null, 'PUBLISHED', null, null, '[]', '{"table_name":"x"}', 1, null, 0, 0,
      'admin', 'admin', ?, ?)`);
    const objects: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < 2 * transactions; i++) {
        const id = ids.next();
        objects.push(id);
        insertObject.run(id, t.projectId, t.workspaceId, `floor2_${i}`, now, now);
      }
    })();
    const token = (db.prepare('select token_hash from tokens limit 1').get() as { token_hash: string } | undefined)?.token_hash ?? '';
    const q = {
      token: db.prepare(
        'select tokens.user_id, tokens.project_id, tokens.expires_at, users.id, users.name, users.domain_id from tokens left join users on users.id = tokens.user_id where tokens.token_hash = ?',
      ),
      workspace: db.prepare(
        'select workspaces.*, members.role from workspaces left join members on members.workspace_id = workspaces.id and members.user_id = ? where workspaces.project_id = ? and workspaces.id = ?',
      ),
      approver: db.prepare('select * from approvers where workspace_id = ? and project_id = ? and user_id = ?'),
      objects: db.prepare('select * from objects where id in (?, ?) order by id'),
      edits: db.prepare('select * from pending_edits where biz_id in (?, ?)'),
      pending: db.prepare(`select biz_id from approvals where biz_id in (?, ?) and approval_status = 'DEVELOPING'`),
      edges: db.prepare('select * from object_edges where dst in (?, ?)'),
      update: db.prepare(`update objects set status = 'OFFLINE', env_type = null, dev_version = 0, prod_version = 0, biz_version = 1,
        prior_status = null, update_time = ?, update_by = 'admin' where id = ?`),
      // The two applications in one statement, and the two items in another, as archgate writes them (store/bulk.ts).
      approvals: db.prepare(`insert into approvals (id, project_id, workspace_id, group_id, biz_id, biz_type, name_en, name_ch, biz_info,
        biz_version, biz_status, approval_status, approval_type, submit_time, create_by, create_by_id, approval_time, approver,
        approver_user_id, email, msg, env_type, is_edit, l1, l2, l3, directory_path) values ${twice(`(?, ?, ?, ?, ?, 'TABLE_MODEL', 'n', null,
        '{"table_name":"x"}', 1, 'OFFLINE', 'APPROVED', 'OFFLINE', ?, 'admin', ?, ?, 'admin', ?, null, 'Fast Approval OK.', null, 0,
        null, null, null, null)`)}`),
      batch: db.prepare(`insert into batches (group_id, project_id, workspace_id, operation_type, operation_status, create_by, total,
        success, failed, create_time, run_at, request) values (?, ?, ?, 'OFFLINE', 'SUCCESS', 'admin', 2, 2, 0, ?, null, null)`),
      items: db.prepare(`insert into batch_items (id, group_id, seq, biz_id, biz_name, biz_type, operation_status, remark, biz_info)
        values ${twice(`(?, ?, ?, ?, 'n', 'TABLE_MODEL', 'SUCCESS', 'PASSED', '{}')`)}`),
      begin: db.prepare('begin immediate'),
      commit: db.prepare('commit'),
    };
    const t0 = performance.now();
    for (let i = 0; i < transactions; i++) {
      const a = objects[2 * i]!;
      const b = objects[2 * i + 1]!;
      q.token.get(token);
      q.workspace.get(t.adminId, t.projectId, t.workspaceId);
      q.begin.run();
      q.approver.get(t.workspaceId, t.projectId, t.adminId);
      q.objects.all(a, b);
      q.edits.all(a, b);
      q.pending.all(a, b);
      q.edges.all(a, b);
      q.update.run(now, a);
      q.update.run(now, b);
      const group = ids.next();
      // biome-ignore format: one line per application
      q.approvals.run(
        ids.next(), t.projectId, t.workspaceId, group, a, now, t.adminId, now, t.adminId,
        ids.next(), t.projectId, t.workspaceId, group, b, now, t.adminId, now, t.adminId,
      );
      q.batch.run(group, t.projectId, t.workspaceId, now);
      q.items.run(ids.next(), group, 0, a, ids.next(), group, 1, b);
      q.commit.run();
    }
    return (1000 * transactions) / (performance.now() - t0);
  } finally {
    db.close();
  }
}
