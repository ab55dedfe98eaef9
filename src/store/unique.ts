/**
 * A unique or primary-key violation, on either engine. Two requests that pass the same "does it exist?"
 * check at once both reach the insert; the loser must get the same 4xx as a sequential duplicate, so
 * callers map this to their domain error instead of letting it become a 500.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  // PostgreSQL: SQLSTATE 23505 unique_violation. better-sqlite3: the extended result code names.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs `fn`; a unique violation becomes `onDuplicate()`'s error, anything else passes through. */
export async function onUniqueViolation<T>(fn: () => Promise<T>, onDuplicate: () => Error): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw onDuplicate();
    throw err;
  }
}
