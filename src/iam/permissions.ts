import type { Role } from '../domain/enums.js';

/**
 * Which workspace roles may call each operation: the permission matrix as data. Rules that depend on
 * the record (only the designated approver or an admin decides an application) live in the use case.
 */
export const OPERATIONS = {
  searchApprovals: ['admin', 'developer', 'operator', 'viewer'],
  rollbackApproval: ['admin', 'developer'],
  confirmApprovals: ['admin', 'developer'],
  batchPublish: ['admin', 'developer'],
  batchOffline: ['admin', 'developer'],
  createApprover: ['admin'],
  listApprovers: ['admin', 'developer', 'operator', 'viewer'],
  deleteApprover: ['admin'],
  deleteDesignLatestApproval: ['admin', 'developer'],
  searchDesignLatestApprovalDiff: ['admin', 'developer', 'operator', 'viewer'],
  readObjects: ['admin', 'developer', 'operator', 'viewer'],
  writeObjects: ['admin', 'developer'],
  // archgate extensions: applications whose approver is no longer registered, and their reassignment.
  listOrphanedApprovals: ['admin', 'developer', 'operator', 'viewer'],
  reassignApprovals: ['admin'],
  // archgate extension: the workspace's webhooks and their deliveries (issue 14).
  manageWebhooks: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof OPERATIONS;

export function mayCall(role: Role, op: Operation): boolean {
  const allowed: readonly Role[] = OPERATIONS[op];
  return allowed.includes(role);
}
