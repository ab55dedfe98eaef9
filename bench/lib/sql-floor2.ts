import { Snowflake } from '../../src/domain/ids.js';
import type { Tenant } from './create-db.js';
import { openRawSqlite } from './raw-sqlite.js';
import { SQLITE_CACHE_KIB } from '../../src/store/db.js';
import { parsed, type ObjectRow } from '../../src/store/objects.js';
import { snapshotOf } from '../../src/usecases/snapshot.js';

/**
 * What SQLite alone allows for offline2: the statements archgate runs for one fast 2-item batch-offline
 * (2 authentication reads; BEGIN IMMEDIATE; approver, objects, pending edits, pending applications and
 * references reads; 2 object updates, the 2 applications and the 2 items as one statement each, the batch; COMMIT), as raw
 * better-sqlite3 prepared statements in a loop, with no HTTP, no query building and no fsync
 * (synchronous=NORMAL), on a database created by archgate's own code. Answers transactions per second.
 *
 * The rows are the ones archgate writes for the measured run (`data: 'as-archgate'`): the objects are named
 * as the run names its objects (`${namePrefix}_${n}`), each was published by a fast publish before (its
 * application is there, as bench/lib/offline2.ts provisionPairs leaves it), and each application and item
 * carries its object's name and the snapshot archgate would take (src/usecases/snapshot.ts), computed before
 * the loop. The names matter: every application's name goes into the search indexes (migrations 009 and 011),
 * and a name of fewer than three characters gives the trigram index nothing to write.
 * `data: 'one-name'` is the floor as it was until round 11: every application and item named 'n'
 * (docs/PERFORMANCE.md, round 11).
 */
const twice = (tuple: string) => `${tuple}, ${tuple}`;

/** The rows archgate writes for the measured run, whose objects are named `${namePrefix}_${n}`; or the floor until round 11. */
export type Floor2Options = { data: 'as-archgate'; namePrefix: string } | { data: 'one-name' };

export function sqlFloor2(path: string, t: Tenant, transactions: number, o: Floor2Options): number {
  const db = openRawSqlite(path, { synchronous: 'NORMAL', foreignKeys: true });
  try {
    db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    const ids = new Snowflake(1022);
    const now = new Date().toISOString();
    const insertObject = db.prepare(`insert into objects (id, project_id, workspace_id, biz_type, name_en, name_ch, code, description,
      status, prior_status, parent_id, refs, biz_info, biz_version, env_type, dev_version, prod_version, create_by, update_by, create_time,
      update_time) values (?, ?, ?, 'TABLE_MODEL', ?, null, null, null, 'PUBLISHED', null, null, '[]', ?, 1, null, 0, 0,
      'admin', 'admin', ?, ?)`);
    // An application as archgate writes it (store/approvals.ts): the type, status and object status vary.
    const approvalTuple = (
      type: string,
      status: string,
    ) => `(?, ?, ?, ?, ?, 'TABLE_MODEL', ?, null, ?, 1, '${status}', 'APPROVED', '${type}', ?,
      'admin', ?, ?, 'admin', ?, null, 'Fast Approval OK.', null, 0, null, null, null, null)`;
    const approvalCols = `insert into approvals (id, project_id, workspace_id, group_id, biz_id, biz_type, name_en, name_ch, biz_info,
      biz_version, biz_status, approval_status, approval_type, submit_time, create_by, create_by_id, approval_time, approver,
      approver_user_id, email, msg, env_type, is_edit, l1, l2, l3, directory_path) values`;
    const published = db.prepare(`${approvalCols} ${approvalTuple('PUBLISH', 'PUBLISHED')}`);
    const objects: string[] = [];
    /** Each object's name and snapshot, as its offline's application and item carry them. */
    const names: string[] = [];
    const snapshots: string[] = [];
    const readObject = db.prepare('select * from objects where id = ?');
    db.transaction(() => {
      for (let i = 0; i < 2 * transactions; i++) {
        const id = ids.next();
        objects.push(id);
        if (o.data === 'one-name') {
          insertObject.run(id, t.projectId, t.workspaceId, `floor2_${i}`, '{"table_name":"x"}', now, now);
          names.push('n');
          snapshots.push('{"table_name":"x"}');
          continue;
        }
        // Created through archgate's API, as the run's objects are: no payload.
        insertObject.run(id, t.projectId, t.workspaceId, `${o.namePrefix}_${i}`, '{}', now, now);
        const obj = parsed(readObject.get(id) as Omit<ObjectRow, 'refs' | 'biz_info'> & { refs: string; biz_info: string });
        const snapshot = JSON.stringify(snapshotOf(obj));
        names.push(obj.name_en);
        snapshots.push(snapshot);
        // Its fast publish's application (the run's objects were published through the API before).
        published.run(ids.next(), t.projectId, t.workspaceId, ids.next(), id, obj.name_en, snapshot, now, t.adminId, now, t.adminId);
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
      approvals: db.prepare(`${approvalCols} ${twice(approvalTuple('OFFLINE', 'OFFLINE'))}`),
      batch: db.prepare(`insert into batches (group_id, project_id, workspace_id, operation_type, operation_status, create_by, total,
        success, failed, create_time, run_at, request) values (?, ?, ?, 'OFFLINE', 'SUCCESS', 'admin', 2, 2, 0, ?, null, null)`),
      items: db.prepare(`insert into batch_items (id, group_id, seq, biz_id, biz_name, biz_type, operation_status, remark, biz_info)
        values ${twice(`(?, ?, ?, ?, ?, 'TABLE_MODEL', 'SUCCESS', 'PASSED', '{}')`)}`),
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
        ids.next(), t.projectId, t.workspaceId, group, a, names[2 * i], snapshots[2 * i], now, t.adminId, now, t.adminId,
        ids.next(), t.projectId, t.workspaceId, group, b, names[2 * i + 1], snapshots[2 * i + 1], now, t.adminId, now, t.adminId,
      );
      q.batch.run(group, t.projectId, t.workspaceId, now);
      q.items.run(ids.next(), group, 0, a, names[2 * i], ids.next(), group, 1, b, names[2 * i + 1]);
      q.commit.run();
    }
    return (1000 * transactions) / (performance.now() - t0);
  } finally {
    db.close();
  }
}
