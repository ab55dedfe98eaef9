import { summarize } from '../domain/batch-result.js';
import { isoUtc } from '../domain/time.js';
import { appendAudit, type AuditEntry } from '../store/audit.js';
import { transact, type Tx } from '../store/db.js';
import { getProject } from '../store/identity.js';
import type { Services } from '../services.js';
import type { Credential, RequestOrigin } from './principal.js';
import type { BatchOutcome } from './record-batch.js';

/**
 * Who did it, as a Caller or a Principal describes them: both fit. The credential and the origin are
 * there when a request did it; a scheduled run has neither.
 */
export interface Actor {
  userId: string;
  userName: string;
  credential?: Credential;
  origin?: RequestOrigin;
  /** A Caller's tenant, or a Principal's project. */
  tenant?: { projectId: string; workspaceId: string };
  projectId?: string;
  /** How the actor came in when no credential says it: `local` for a command run on the server's machine. */
  auth?: string;
}

/** An object the operation touched, with its status before and after (null: it did not exist). */
export interface AuditTarget {
  id: string;
  before: string | null;
  after: string | null;
}

export interface AuditEvent {
  /** The operation's cloud name (the route's operationId): BatchOffline, CreateApprover, … */
  operation: string;
  targets: readonly AuditTarget[];
  /** What came of it; the default is {status: SUCCESS}. */
  outcome?: Record<string, unknown>;
  /** Where it is recorded, when it is not the actor's tenant (IAM operations have no workspace). */
  projectId?: string;
  workspaceId?: string | null;
}

const SUCCESS = { status: 'SUCCESS' };

function entryOf(s: Pick<Services, 'clock'>, actor: Actor, e: AuditEvent): AuditEntry {
  const projectId = e.projectId ?? actor.tenant?.projectId ?? actor.projectId;
  if (projectId === undefined) throw new Error(`audit of ${e.operation} has no project`);
  const c = actor.credential;
  return {
    project_id: projectId,
    time: isoUtc(s.clock.now()),
    user_id: actor.userId,
    user_name: actor.userName,
    auth: c?.kind ?? actor.auth ?? 'scheduler',
    access_key: c && c.kind !== 'token' ? c.id : null,
    source_ip: actor.origin?.sourceIp ?? null,
    request_id: actor.origin?.requestId ?? null,
    operation: e.operation,
    workspace_id: e.workspaceId !== undefined ? e.workspaceId : (actor.tenant?.workspaceId ?? null),
    targets: JSON.stringify(e.targets.map((t) => ({ id: t.id, before: t.before, after: t.after }))),
    outcome: JSON.stringify(e.outcome ?? SUCCESS),
  };
}

/**
 * Appends the audit record of a write, in the write's own transaction (so the two commit or neither
 * does). Call it as the transaction's last step: it locks the project's chain head until the commit.
 * `ARCHGATE_AUDIT=off` (benchmarks only) records nothing.
 */
export async function recordAudit(tx: Tx, s: Pick<Services, 'clock' | 'config'>, actor: Actor, e: AuditEvent): Promise<void> {
  if (!s.config.audit) return;
  await appendAudit(tx, entryOf(s, actor, e));
}

/** The audit event of a batch: every item's object with its status before and after, and the batch's summary. */
export function batchAudit(operation: string, outcome: BatchOutcome, more: Record<string, unknown> = {}): AuditEvent {
  const sum = summarize(outcome.items);
  return {
    operation,
    targets: outcome.items.map((it) => ({ id: it.target ?? it.biz_id ?? it.id, before: it.before ?? null, after: it.after ?? null })),
    outcome: {
      status: sum.operation_status,
      group_id: outcome.groupId,
      total: sum.total,
      success: sum.success,
      failed: sum.failed,
      ...more,
    },
  };
}

/** A failed authentication, as far as it is known: never the password, token or signature. */
export interface FailedAuthentication {
  /** The route's operation, when it has one; else the method and path. */
  operation: string;
  /** The project the request names (its path, or a login's scope), when it exists. */
  projectId: string | undefined;
  userId?: string;
  userName?: string;
  /** How it tried: token, aksk or password. */
  method: 'token' | 'aksk' | 'password';
  accessKey?: string;
  origin: RequestOrigin;
  /** The error code answered (APIGW.0301, IAM.0062, …). */
  code: string;
  reason: string;
}

/**
 * Records a failed authentication, in its own small transaction, in the chain of the project the request
 * named, or, when it named none that exists, in the chain keyed '' (readable by `archgate audit verify`).
 * A failure to record is left to the caller to log: the 401 is answered regardless.
 */
export async function recordFailedAuthentication(s: Services, f: FailedAuthentication): Promise<void> {
  if (!s.config.audit) return;
  const project = f.projectId ? await getProject(s.store.db, f.projectId) : undefined;
  const projectId = project?.id ?? '';
  await transact(s.store, (tx) =>
    appendAudit(tx, {
      ...entryOf(
        s,
        { userId: f.userId ?? '', userName: f.userName ?? '', origin: f.origin, projectId },
        {
          operation: f.operation,
          targets: [],
          workspaceId: null,
          outcome: { status: 'FAILED', code: f.code, reason: f.reason },
        },
      ),
      auth: `failed-${f.method}`,
      access_key: f.accessKey ?? null,
    }),
  );
}

/** A target born by the operation (before: null), with its status after; `PRESENT` for what has no status. */
export const born = (id: string, after = 'PRESENT'): AuditTarget => ({ id, before: null, after });
/** A target removed by the operation (after: null). */
export const gone = (id: string, before = 'PRESENT'): AuditTarget => ({ id, before, after: null });
/** A target changed in place, its status the same or not. */
export const changed = (id: string, before = 'PRESENT', after = before): AuditTarget => ({ id, before, after });
