import { DomainError } from '../domain/errors.js';
import { pageOf } from '../domain/paging.js';
import { isoUtc } from '../domain/time.js';
import { auditPageAfter, auditProjects, hasAuditBefore, listAudit, pruneAudit, type AuditFilter, type AuditRow } from '../store/audit.js';
import { verifyAuditChain, type AuditVerdict } from '../store/audit-verify.js';
import { transact } from '../store/db.js';
import { getProject } from '../store/identity.js';
import type { Services } from '../services.js';
import { requireDomainAdmin } from './iam-guards.js';
import type { Principal } from './principal.js';

export type { AuditRow, AuditVerdict };

/** archgate extension: reading, exporting and verifying a project's audit trail (domain administrators). */

export interface AuditQuery {
  project_id: string;
  /** ISO-8601; from inclusive, to exclusive. */
  begin_time?: string;
  end_time?: string;
  user_id?: string;
  operation?: string;
  object_id?: string;
}

/** Only a domain administrator, with a credential scoped to the project, reads its audit. */
async function requireAuditReader(s: Services, p: Principal, projectId: string) {
  await requireDomainAdmin(s, p);
  if (projectId !== p.projectId) throw new DomainError('PROJECT_NOT_SCOPED');
  const project = await getProject(s.store.db, projectId);
  if (!project || project.domain_id !== p.domainId) throw new DomainError('PROJECT_NOT_SCOPED');
}

function filterOf(q: AuditQuery): AuditFilter {
  const time = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) throw new DomainError('INVALID_PARAMETER', { detail: `${name} is not a date-time` });
    return isoUtc(d);
  };
  return {
    from: time(q.begin_time, 'begin_time'),
    to: time(q.end_time, 'end_time'),
    userId: q.user_id,
    operation: q.operation,
    objectId: q.object_id,
  };
}

/** ArchgateListAuditRecords: newest first, with the cloud's limit and offset. */
export async function listAuditRecords(s: Services, p: Principal, q: AuditQuery & { limit?: number; offset?: number }) {
  await requireAuditReader(s, p, q.project_id);
  const { limit, offset } = pageOf(q);
  return listAudit(s.store.db, q.project_id, filterOf(q), limit, offset);
}

const EXPORT_PAGE = 1000;

/**
 * ArchgateExportAuditRecords: every matching record, oldest first, read a keyset page at a time as the
 * consumer asks for more, so that memory stays flat however many there are. The checks run before the
 * first record is produced, so a refusal is an ordinary error answer.
 */
export async function exportAuditRecords(s: Services, p: Principal, q: AuditQuery): Promise<AsyncGenerator<AuditRow>> {
  await requireAuditReader(s, p, q.project_id);
  const filter = filterOf(q);
  return (async function* () {
    for (let after = 0; ; ) {
      const page = await auditPageAfter(s.store.db, q.project_id, after, EXPORT_PAGE, filter);
      yield* page;
      if (page.length < EXPORT_PAGE) return;
      after = page[page.length - 1]!.seq;
    }
  })();
}

/** ArchgateVerifyAudit: walks the project's chain and names its first bad record. */
export async function verifyAudit(s: Services, p: Principal, projectId: string): Promise<AuditVerdict> {
  await requireAuditReader(s, p, projectId);
  return verifyAuditChain(s.store.db, projectId);
}

/** Records removed per transaction: each prune holds the chain's head, and appends wait for it. */
const PRUNE_BATCH = 5000;

/**
 * Retention (ARCHGATE_AUDIT_RETENTION_DAYS): removes every project's records older than that, a batch
 * per transaction, leaving an anchor from which the rest still verifies. Runs on the scheduler's pass,
 * on whichever node; two nodes pruning at once serialise on the head. Answers how many were removed.
 */
export async function pruneAuditTrails(s: Services): Promise<number> {
  const days = s.config.auditRetentionDays;
  if (days === undefined) return 0;
  const before = isoUtc(new Date(s.clock.now().getTime() - days * 86_400_000));
  let total = 0;
  for (const projectId of await auditProjects(s.store.db)) {
    // Looked at first without the head's lock, which appends need: most passes find nothing to remove.
    if (!(await hasAuditBefore(s.store.db, projectId, before))) continue;
    for (;;) {
      const n = await transact(s.store, (tx) => pruneAudit(tx, projectId, before, PRUNE_BATCH));
      total += n;
      if (n < PRUNE_BATCH) break;
    }
  }
  return total;
}
