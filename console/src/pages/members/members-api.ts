import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';

export const ROLES = ['admin', 'developer', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** The roles that may review (src/domain/approvers.ts mayReview): the cloud's "admins and developers". */
export const REVIEW_ROLES: readonly string[] = ['admin', 'developer'];

/** The workspace's members and roles; only its admins (and domain administrators) may read them. */
export function useMembers(enabled: boolean) {
  const api = useApi();
  const { projectId, workspaceId } = useSession();
  return useQuery({
    queryKey: ['members', projectId, workspaceId],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/archgate/v1/{project_id}/workspaces/{workspace_id}/members', {
          params: { path: { project_id: projectId, workspace_id: workspaceId } },
        }),
      ).data.value.records,
  });
}

/** Whether the signed-in user manages this workspace's members (the server's rule in src/usecases/tenancy.ts). */
export function useManagesMembers(): boolean {
  const { role, isDomainAdmin } = useSession();
  return role === 'admin' || isDomainAdmin;
}
