import { join } from 'node:path';

/** The repository root and the tools the bench starts. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** tsx, for the bench's own helpers (load generator, echo server, seeder); archgate runs compiled (archgate.ts). */
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
