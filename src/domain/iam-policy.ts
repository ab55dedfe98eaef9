/**
 * IAM's bounds, as the cloud applies them. The wire schemas declare them and the use cases enforce the
 * ones a schema cannot state (the password policy, the key count), both reading them here.
 */

export const USER_NAME_MAX = 64;
/** Passwords: IAM's default policy, 8 to 32 characters of at least two kinds (lower, upper, digit, other). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 32;
export const DESCRIPTION_MAX = 255;

export function meetsPasswordPolicy(pw: string): boolean {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(pw)).length;
  return pw.length >= PASSWORD_MIN && pw.length <= PASSWORD_MAX && kinds >= 2;
}

/** IAM allows two permanent access keys per user. */
export const MAX_PERMANENT_KEYS = 2;

/** A temporary access key lives 15 minutes by default, and between 15 minutes and 24 hours. */
export const TEMPORARY_KEY_SECONDS = { min: 900, max: 86400, default: 900 } as const;

/** The cloud gateway locks an AK for 5 minutes after 5 consecutive signature failures (docs/API.md §7.4). */
export const AKSK_LOCKOUT_AFTER = 5;
export const AKSK_LOCKOUT_MS = 5 * 60 * 1000;
