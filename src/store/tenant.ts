/** The tenant is project × workspace: every business row carries both and every query filters on both. */
export interface Tenant { projectId: string; workspaceId: string }

/** The composite id the cloud shows in `tenant_id` and `ApproverVO.project_id`. */
export function tenantId(t: Tenant): string {
  return `${t.projectId}-workspace-${t.workspaceId}`;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
