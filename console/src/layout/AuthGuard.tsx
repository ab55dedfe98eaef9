import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { unwrap, useApi } from '../api/client';
import { useSessionState } from '../api/session';
import { useT } from '../i18n';

/** Renders the signed-in pages once the user's workspaces are known; otherwise sends them to sign in. */
export default function AuthGuard() {
  const t = useT();
  const api = useApi();
  const location = useLocation();
  const { session, workspaceId, setMembership, signOut } = useSessionState();
  const me = useQuery({
    queryKey: ['me', session?.token],
    enabled: !!session,
    queryFn: async () => unwrap(await api.GET('/archgate/v1/{project_id}/me', { params: { path: { project_id: session!.projectId } } })),
  });
  const data = me.data?.data.value;
  useEffect(() => {
    if (data) setMembership(data.workspaces, data.user.is_domain_admin, data.projects);
  }, [data, setMembership]);

  if (!session) return <Navigate to="/console/signin" replace state={{ from: location.pathname + location.search }} />;
  if (me.isError)
    return <Result status="error" title={me.error.message} extra={<Button onClick={() => signOut()}>{t('common.signOut')}</Button>} />;
  if (!data || (data.workspaces.length > 0 && !workspaceId))
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" tip={t('common.loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </Flex>
    );
  if (data.workspaces.length === 0)
    return (
      <Result status="info" title={t('common.noWorkspace')} extra={<Button onClick={() => signOut()}>{t('common.signOut')}</Button>} />
    );
  return <Outlet />;
}
