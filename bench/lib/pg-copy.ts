import type pg from 'pg';

/**
 * One `COPY … FROM STDIN` (text format) on `client`, fed chunk by chunk from `chunks` as the socket drains.
 * node-postgres has no COPY of its own; this is its submittable protocol (what pg-copy-streams does), for the
 * bench's seeding only. Resolves once PostgreSQL has taken every row; rejects with its error otherwise.
 */
export function copyIn(client: pg.Client, text: string, chunks: Iterable<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let error: Error | undefined;
    const submittable = {
      submit(con: CopyConnection) {
        con.query(text);
      },
      handleCopyInResponse(con: CopyConnection) {
        void (async () => {
          try {
            for (const chunk of chunks) {
              // PostgreSQL refused the copy (and is done with it): stop sending.
              if (error) return;
              con.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
              if (con.stream.writableNeedDrain) await new Promise((r) => con.stream.once('drain', r));
            }
            con.endCopyFrom();
          } catch (err) {
            error = err instanceof Error ? err : new Error(String(err));
            con.sendCopyFail(error.message);
          }
        })();
      },
      handleCommandComplete() {},
      handleError(err: Error) {
        error ??= err;
      },
      handleReadyForQuery() {
        if (error) reject(error);
        else resolve();
      },
    };
    client.query(submittable as never);
  });
}

/** What of node-postgres's connection a COPY uses. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value as COPY's text format reads it: `\N` for null; backslash, tab, newline and carriage return escaped. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : s;
}
