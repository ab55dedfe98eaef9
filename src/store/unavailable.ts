/**
 * Whether a driver error means the store cannot take requests right now (a full or read-only disk, an I/O
 * fault, a database that is down, read-only or out of resources), as opposed to a fault in the request or
 * in archgate. The caller may retry later; nothing was written.
 */
export function storeUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return PG_CONNECTION_MESSAGES.some((m) => err instanceof Error && err.message.includes(m));
  return SQLITE_CODES.test(code) || PG_SQLSTATES.test(code) || OS_CODES.has(code);
}

/** better-sqlite3 codes, extended codes included (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, …). */
const SQLITE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|NOMEM)(_|$)/;
/**
 * PostgreSQL SQLSTATEs: 08 connection exception, 53 insufficient resources (disk full, out of memory, too
 * many connections), 57P0x shutdown and cannot-connect-now, 25006 read-only transaction (a standby, or
 * default_transaction_read_only set by an operator), 58 system error (I/O).
 */
const PG_SQLSTATES = /^(08...|53...|57P0.|25006|58...)$/;
/** Node's socket and file errors: the database is unreachable, or the WAL cannot be synced. */
const OS_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'ENOSPC',
  'EROFS',
  'EIO',
  'EDQUOT',
]);
/** pg's own errors, which carry no code. */
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];
