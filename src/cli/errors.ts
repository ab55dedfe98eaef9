/**
 * The exit codes of the archgate command, one table for the code, the README and the tests.
 * Every failure the command reports is a CliError carrying one of them.
 */
export const EXIT = {
  /** Everything went well. */
  OK: 0,
  /** The work ran but did not all succeed: items of a batch or rows of an import failed, or the server answered an error not listed below. */
  PARTIAL: 1,
  /** Usage: a wrong command, flag or value, a bad input file, a question unanswered without --yes, or a request the server refused as invalid (400, 404, 409). */
  USAGE: 2,
  /** Authentication or permission: no credentials, a refused token or signature (401), or no permission (403). */
  AUTH: 3,
  /** The server could not be reached. */
  UNREACHABLE: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

export const usage = (message: string) => new CliError(message, EXIT.USAGE);
export const authError = (message: string) => new CliError(message, EXIT.AUTH);
