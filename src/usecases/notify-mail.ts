import type { Services } from '../services.js';

/**
 * The emails of issue 14, as text: one per batch per approver, one per decision (or batch end) per submitter.
 * Each is a letter without its address: the caller names the recipient (an address, or a user's id).
 */
export interface Letter {
  subject: string;
  text: string;
}

/** The console's Pending Review tab. */
export const pendingReviewLink = (s: Services) => `${s.config.publicUrl}/console/review/pending`;
export const consoleLink = (s: Services) => `${s.config.publicUrl}/console/`;

const list = (names: readonly string[]) => {
  const shown = names.slice(0, 20).map((n) => `  - ${n}`);
  return names.length > 20 ? [...shown, `  … and ${names.length - 20} more`] : shown;
};

export function reviewMail(
  s: Services,
  m: { submitter: string; type: string; count: number; bizTypes: readonly string[]; names: readonly string[]; groupId: string },
): Letter {
  return {
    subject: `[archgate] ${m.count} ${m.type} application${m.count === 1 ? '' : 's'} from ${m.submitter} await${m.count === 1 ? 's' : ''} your review`,
    text: [
      `${m.submitter} submitted ${m.count} ${m.type} application${m.count === 1 ? '' : 's'} for your review (batch ${m.groupId}).`,
      `Types: ${m.bizTypes.join(', ')}`,
      '',
      ...list(m.names),
      '',
      `Review them in Pending Review: ${pendingReviewLink(s)}`,
    ].join('\n'),
  };
}

export function reassignMail(s: Services, m: { by: string; names: readonly string[] }): Letter {
  const count = m.names.length;
  return {
    subject: `[archgate] ${m.by} passed ${count} application${count === 1 ? '' : 's'} to you for review`,
    text: [
      `${m.by} named you the approver of ${count} pending application${count === 1 ? '' : 's'}.`,
      '',
      ...list(m.names),
      '',
      `Review them in Pending Review: ${pendingReviewLink(s)}`,
    ].join('\n'),
  };
}

export function decisionMail(s: Services, m: { decider: string; verdict: string; names: readonly string[]; msg: string | null }): Letter {
  const count = m.names.length;
  return {
    subject: `[archgate] ${m.decider} ${m.verdict} ${count} of your application${count === 1 ? '' : 's'}`,
    text: [
      `${m.decider} ${m.verdict} ${count} of your application${count === 1 ? '' : 's'}${m.msg ? `: ${m.msg}` : '.'}`,
      '',
      ...list(m.names),
      '',
      `Open archgate: ${consoleLink(s)}`,
    ].join('\n'),
  };
}

export function batchEndMail(
  s: Services,
  m: { groupId: string; type: string; status: string; success: number; failed: number; failures: readonly string[]; scheduled: boolean },
): Letter {
  return {
    subject: `[archgate] Your ${m.scheduled ? 'scheduled ' : ''}${m.type} batch ${m.groupId} ended ${m.status}: ${m.success} succeeded, ${m.failed} failed`,
    text: [
      `Your ${m.scheduled ? 'scheduled ' : ''}${m.type} batch ${m.groupId} ended ${m.status}: ${m.success} succeeded, ${m.failed} failed.`,
      ...(m.failures.length ? ['', 'Failed:', ...list(m.failures)] : []),
      '',
      `Open archgate: ${consoleLink(s)}`,
    ].join('\n'),
  };
}
