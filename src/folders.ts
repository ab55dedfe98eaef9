import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes `dir` and its missing parents, as `mkdirSync(dir, { recursive: true })` does, but fails instead of
 * looping: Node's recursive mkdir spins forever on a path it can never create (a folder under /proc,
 * where mkdir answers ENOENT while the parent exists).
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
      return;
    }
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir || folderExists(parent)) throw err;
    makeFolder(parent);
    mkdirSync(dir);
  }
}

function folderExists(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** "ENOENT", "EACCES", … or the message: why a file or folder could not be made, in a few words. */
export function fsCause(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('E')) return e.code;
  return typeof e?.message === 'string' ? e.message : String(err);
}
