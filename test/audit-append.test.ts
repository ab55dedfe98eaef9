import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, auditHash, type AuditEntry, GENESIS_HASH } from '../src/store/audit.js';
import { verifyAuditChain } from '../src/store/audit-verify.js';
import { transact, type Store } from '../src/store/db.js';
import { ENGINES, startServer, type TestServer } from './helpers/server.js';

/**
 * The append guesses its project's head from the last one it wrote (src/store/audit.ts). Whatever makes
 * the guess stale (a transaction rolled back after its append, a record appended by another node, a
 * store emptied under it), the chain must come out exactly as if there were no guess.
 */
const entry = (projectId: string, n: number): AuditEntry => ({
  project_id: projectId,
  time: new Date(Date.UTC(2030, 0, 1, 0, 0, n)).toISOString(),
  user_id: 'u1',
  user_name: 'tester',
  auth: 'token',
  access_key: null,
  source_ip: '127.0.0.1',
  request_id: `r${n}`,
  operation: 'BatchPublish',
  workspace_id: 'w1',
  targets: JSON.stringify([{ id: String(n), before: 'DRAFT', after: 'PUBLISHED' }]),
  outcome: '{"status":"SUCCESS"}',
});

describe.each(ENGINES)('the audit append (%s)', (engine) => {
  let s: TestServer;
  let store: Store;
  let n = 0;
  // A chain of its own, apart from the server's project, so that the test knows every record in it.
  const project = `guess-${engine}`;
  const append = () => transact(store, (tx) => appendAudit(tx, entry(project, ++n)));
  const seqs = async () =>
    (await store.db.selectFrom('audit_records').select('seq').where('project_id', '=', project).orderBy('seq').execute()).map((r) => r.seq);

  beforeAll(async () => {
    s = await startServer(engine);
    store = s.store!;
  });
  afterAll(() => s.close());

  it('chains on the committed head after an append whose transaction rolled back', async () => {
    await append();
    await append();
    await expect(
      transact(store, async (tx) => {
        await appendAudit(tx, entry(project, ++n));
        throw new Error('the write after the append failed');
      }),
    ).rejects.toThrow('the write after the append failed');
    const row = await append();
    expect(row.seq).toBe(3);
    expect(await seqs()).toEqual([1, 2, 3]);
    expect(await verifyAuditChain(store.db, project)).toEqual({ ok: true, checked: 3 });
  });

  it('chains on a record another node appended meanwhile', async () => {
    // What another node's append leaves: a record after the head, and the head moved to it.
    const head = await store.db.selectFrom('audit_heads').selectAll().where('project_id', '=', project).executeTakeFirstOrThrow();
    const unhashed = { ...entry(project, ++n), seq: head.last_seq + 1, prev_hash: head.last_hash };
    const other = { ...unhashed, hash: auditHash(unhashed) };
    await transact(store, async (tx) => {
      await tx.insertInto('audit_records').values(other).execute();
      await tx.updateTable('audit_heads').set({ last_seq: other.seq, last_hash: other.hash }).where('project_id', '=', project).execute();
    });
    const row = await append();
    expect(row).toMatchObject({ seq: other.seq + 1, prev_hash: other.hash });
    expect(await verifyAuditChain(store.db, project)).toEqual({ ok: true, checked: other.seq + 1 });
  });

  it('starts a new chain at seq 1 when the store was emptied under it (a reset)', async () => {
    await transact(store, async (tx) => {
      await tx.deleteFrom('audit_records').where('project_id', '=', project).execute();
      await tx.deleteFrom('audit_heads').where('project_id', '=', project).execute();
    });
    const row = await append();
    expect(row).toMatchObject({ seq: 1, prev_hash: GENESIS_HASH });
    expect(await verifyAuditChain(store.db, project)).toEqual({ ok: true, checked: 1 });
  });

  it('gives 40 concurrent appends 40 consecutive seqs in one sound chain', async () => {
    const before = (await seqs()).length;
    await Promise.all(Array.from({ length: 40 }, () => append()));
    expect(await seqs()).toEqual(Array.from({ length: before + 40 }, (_, i) => i + 1));
    expect(await verifyAuditChain(store.db, project)).toEqual({ ok: true, checked: before + 40 });
  });
});
