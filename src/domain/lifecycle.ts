import type { ApprovalType, BizStatus } from './enums.js';

/** The per-item remarks of a BatchOperationVO, word for word as the cloud answers (docs/API.md §7.3). */
export const REMARKS = {
  PASSED: 'PASSED',
  RELEASED: 'The definition has been released and does not support resubmission',
  // The cloud's text for a pending object is not public; this follows the released one (docs/API.md R2).
  UNDER_REVIEW: 'The definition is under review and does not support resubmission',
  NOT_ONLINE: 'Definition {name}  is not online',
  PROCESSED: 'The application has been processed and cannot be approved again',
  EDIT_PENDING: 'The definition has a pending change under review and cannot be taken offline',
  GONE: 'The definition {name} no longer exists',
  SCHEDULED: 'The application belongs to a scheduled batch that has not run yet',
} as const;
export type RemarkKey = keyof typeof REMARKS;

export function remarkText(key: RemarkKey, name: string): string {
  return REMARKS[key].replace('{name}', name);
}

export type SubmitRule = { ok: true; pending: BizStatus; fast: BizStatus } | { ok: false; remark: RemarkKey };

const publishable: SubmitRule = { ok: true, pending: 'PUBLISH_DEVELOPING', fast: 'PUBLISHED' };
const notOnline: SubmitRule = { ok: false, remark: 'NOT_ONLINE' };
const underReview: SubmitRule = { ok: false, remark: 'UNDER_REVIEW' };

/**
 * docs/API.md §6: what batch-publish and batch-offline do to an object in each status. `pending` is the
 * status while the approval is under review, `fast` the status when it is approved at once.
 * A PUBLISHED object with a pending edit is handled by EDIT_SUBMIT instead.
 */
export const SUBMIT: Record<ApprovalType, Record<BizStatus, SubmitRule>> = {
  PUBLISH: {
    DRAFT: publishable,
    REJECT: publishable,
    OFFLINE: publishable,
    PUBLISHED: { ok: false, remark: 'RELEASED' },
    PUBLISH_DEVELOPING: underReview,
    OFFLINE_DEVELOPING: underReview,
  },
  OFFLINE: {
    PUBLISHED: { ok: true, pending: 'OFFLINE_DEVELOPING', fast: 'OFFLINE' },
    DRAFT: notOnline,
    REJECT: notOnline,
    OFFLINE: notOnline,
    PUBLISH_DEVELOPING: notOnline,
    OFFLINE_DEVELOPING: notOnline,
  },
};

/** Statuses of a pending edit (`new_biz`) and whether it may be submitted for publishing. */
export const EDIT_SUBMIT: Record<'DRAFT' | 'REJECT' | 'PUBLISH_DEVELOPING', SubmitRule> = {
  DRAFT: publishable,
  REJECT: publishable,
  PUBLISH_DEVELOPING: underReview,
};

export type Decision = 'resolve' | 'reject' | 'withdraw';

/** The approval status each decision leaves behind. */
export const DECISION_STATUS = { resolve: 'APPROVED', reject: 'REJECT', withdraw: 'WITHDREW' } as const;

/**
 * docs/API.md §6: where a decision on a DEVELOPING approval takes the object. `PRIOR` is the status the object
 * had before it was submitted (a withdrawn first publish goes back to DRAFT, a re-publish to OFFLINE).
 * For an OFFLINE resolve in enterprise mode the object stays PUBLISHED while an environment remains.
 */
export const DECIDE = {
  PUBLISH: { resolve: 'PUBLISHED', reject: 'REJECT', withdraw: 'PRIOR' },
  OFFLINE: { resolve: 'OFFLINE', reject: 'PUBLISHED', withdraw: 'PUBLISHED' },
} as const satisfies Record<ApprovalType, Record<Decision, BizStatus | 'PRIOR'>>;

/** What a decision does to a pending edit: merged into the object, marked rejected, or back to draft. */
export const DECIDE_EDIT: Record<Decision, 'MERGE' | 'REJECT' | 'DRAFT'> = {
  resolve: 'MERGE',
  reject: 'REJECT',
  withdraw: 'DRAFT',
};

/** Statuses in which an object may be deleted outright (docs/API.md R16, applied to every type). */
export const DELETABLE: readonly BizStatus[] = ['DRAFT', 'OFFLINE', 'REJECT'];

/** Statuses in which an edit changes the object itself; a PUBLISHED object gets a pending edit. */
export const EDITABLE_IN_PLACE: readonly BizStatus[] = ['DRAFT', 'OFFLINE', 'REJECT'];
