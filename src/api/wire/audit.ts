import Type, { type Static } from 'typebox';
import type { AuditQuery } from '../../usecases/audit-read.js';
import type { Conforms } from './conforms.js';
import { Limit, Nullable, Offset } from './common.js';

/** archgate extension: the audit trail's wire shapes (src/usecases/audit-read.ts). */

export const AuditParams = Type.Object({ project_id: Type.String() });

const filters = {
  begin_time: Type.Optional(Type.String({ format: 'date-time', description: 'Records at or after this time' })),
  end_time: Type.Optional(Type.String({ format: 'date-time', description: 'Records before this time' })),
  user_id: Type.Optional(Type.String({ description: 'The acting user id' })),
  operation: Type.Optional(Type.String({ description: 'The operation, e.g. BatchOffline' })),
  object_id: Type.Optional(Type.String({ description: 'Records that touched this object (or application, user, key) id' })),
};
export const AuditExportQuery = Type.Object(filters);
export const AuditListQuery = Type.Object({ ...filters, limit: Type.Optional(Limit), offset: Type.Optional(Offset) });
export type AuditExportQuery = Conforms<Omit<AuditQuery, 'project_id'>, Static<typeof AuditExportQuery>>;

export const AuditTargetVO = Type.Object({
  id: Type.String(),
  before: Nullable(Type.String()),
  after: Nullable(Type.String()),
});

export const AuditRecordVO = Type.Object({
  seq: Type.Integer({ description: 'Position in the project chain, from 1' }),
  time: Type.String(),
  project_id: Type.String({ description: 'Empty for a failed authentication that named no known project' }),
  workspace_id: Nullable(Type.String()),
  user_id: Type.String(),
  user_name: Type.String(),
  auth: Type.String({
    description:
      "token, permanent-key, temporary-key (the credential of the request); password (a successful login); scheduler (a scheduled run); local (a command on the server's machine, such as admin reset-password); failed-token, failed-aksk, failed-password (a failed authentication)",
  }),
  access_key: Nullable(Type.String()),
  source_ip: Nullable(Type.String()),
  request_id: Nullable(Type.String()),
  operation: Type.String({ description: 'The operation id of the request (its cloud name)' }),
  targets: Type.Array(AuditTargetVO),
  outcome: Type.Record(Type.String(), Type.Unknown()),
  prev_hash: Type.String({ description: 'SHA-256 of the record before, hex (64 zeros for the first)' }),
  hash: Type.String({ description: 'SHA-256 of this record, hex' }),
});
export type AuditRecordVO = Static<typeof AuditRecordVO>;

export const AuditVerdictVO = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer({ description: 'Records found sound (before the first bad one)' }),
  first_bad: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.Enum(['changed', 'removed', 'inserted', 'unlinked']) })),
});
