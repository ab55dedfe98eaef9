/** archgate's projects and workspaces: the bounds of their names. */
export const TENANCY_NAME_MAX = 64;
