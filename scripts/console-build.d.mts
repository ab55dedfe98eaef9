/** Why the console needs building, or null when console/dist is up to date. */
export function consoleBuildReason(): string | null;
/** Installs the console's dependencies if needed and builds it if stale (or always, with `force`); true if it built. */
export function ensureConsoleBuilt(opts?: { force?: boolean; log?: (message: string) => void }): boolean;
