// A lock between processes that build the same thing (the console, the compiled server): the first to
// make `lockDir` builds while the others wait, then find the build fresh. A lock left by a killed build is
// taken over once it is older than any build takes.
import { mkdirSync, rmSync, statSync } from 'node:fs';

const STALE_LOCK_MS = 10 * 60 * 1000;

export function withDirLock(lockDir, fn, pollMs = 250) {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pollMs);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
