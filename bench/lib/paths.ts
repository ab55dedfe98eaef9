import { join } from 'node:path';

/** The repository root and the tools the bench starts. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
export const MAIN = join(ROOT, 'src', 'main.ts');
