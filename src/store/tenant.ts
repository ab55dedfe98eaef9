/** The tenant is project × workspace: every business row carries both and every query filters on both. */
export interface Tenant {
  projectId: string;
  workspaceId: string;
}

/** The composite id the cloud shows in `tenant_id` and `ApproverVO.project_id`. */
export function tenantId(t: Tenant): string {
  return `${t.projectId}-workspace-${t.workspaceId}`;
}
