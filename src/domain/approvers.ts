import type { Role } from './enums.js';

/** Reviewers (docs/API.md §3.6 to §3.8): who may be one, and the bounds of a registration's fields. */

/** docs/API.md R6: a reviewer is an admin or developer of the workspace. */
export const REVIEWER_ROLES: readonly Role[] = ['admin', 'developer'];

export const mayReview = (role: Role): boolean => REVIEWER_ROLES.includes(role);

/** ApproverParam's bounds (docs/API.md §3.6). */
export const APPROVER_LIMITS = { approverName: 100, email: 500, phoneNumber: 50, appName: 200 } as const;
