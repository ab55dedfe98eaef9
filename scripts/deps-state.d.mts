// Types for scripts/deps-state.mjs (plain JavaScript: it runs before tsx is installed).
export interface DepsTree {
  dependencies: string[];
  devDependencies: string[];
  installed: string[];
  lockMtimeMs: number;
  markerMtimeMs: number | undefined;
  lockMatchesPackage: boolean;
}
export const FULL: string;
export const PRODUCTION: string;
export const ADD_DEV: string;
export function installCommand(mode: string, tree: DepsTree): string | undefined;
export function lockMatchesPackage(pkg: Record<string, unknown>, lock: { packages?: Record<string, Record<string, unknown>> }): boolean;
