import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './embedded-postgres.js';

/**
 * A throwaway cluster of the machine's own PostgreSQL (Debian's `postgresql` package, installed by
 * .ci/run), for what the embedded PostgreSQL cannot do: it ships only initdb, pg_ctl and postgres, while
 * pg_dump and pg_restore must be of the server's major version or newer. PostgreSQL refuses to run as
 * root, so the cluster runs as the package's `postgres` user when the tests run as root.
 */
export interface DebianPostgres {
  bin: string;
  port: number;
  /** The cluster's own folder, writable by the user the programs run as: put dumps here. */
  dir: string;
  url(database: string): string;
  /** Runs one of the cluster's client programs (createdb, pg_dump, pg_restore, …), answering its stdout. */
  run(program: string, args: string[]): string;
  stop(): void;
}

/** The newest installed major's bin folder, or an error that says what to install. */
export function debianPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((d) => existsSync(join(root, d, 'bin', 'pg_dump')) && existsSync(join(root, d, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0)
    throw new Error("these tests need Debian's PostgreSQL server and client tools: apt-get install -y postgresql (.ci/run does)");
  return join(root, majors[0]!, 'bin');
}

export async function startDebianPostgres(): Promise<DebianPostgres> {
  const bin = debianPostgresBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'archgate-debian-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const exec = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  const data = join(dir, 'data');
  exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  exec('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`,
    'start',
  ]);
  return {
    bin,
    port,
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    run: (program, args) => exec(program, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', ...args]),
    stop() {
      try {
        exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
