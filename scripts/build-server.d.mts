/** build/, where the compiled server goes. */
export const BUILD_DIR: string;
/** Compiles src/ to build/ when it is missing or was built from other sources; true if it built. */
export function ensureServerBuilt(opts?: { log?: (message: string) => void }): boolean;
/** package.json's `start` script as words, without `exec`: `env`, its settings, `node`, its flags, `build/main.js`. */
export function serverCommand(): string[];
