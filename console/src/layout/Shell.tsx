import { AuditOutlined, DownOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { AppstoreOutlined, CheckSquareOutlined, MenuOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Drawer, Dropdown, Layout, Menu, Select, Spin, Typography } from 'antd';
import { Suspense, useState } from 'react';
import type { ItemType } from 'antd/es/menu/interface';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { unwrap, useApi } from '../api/client';
import { useSession, useSessionState } from '../api/session';
import { type Lang, useLang, useT } from '../i18n';
import ProjectSwitch from './ProjectSwitch';
import { useNarrow } from './useNarrow';

/** The number of applications waiting for me, for the badge on Pending Review. */
function usePendingCount() {
  const api = useApi();
  const { projectId, workspaceId, user } = useSession();
  return useQuery({
    queryKey: ['approvals', 'pending-count', workspaceId, user.id],
    refetchInterval: 60_000,
    queryFn: async () =>
      unwrap(
        await api.GET('/v2/{project_id}/design/approvals', {
          params: {
            path: { project_id: projectId },
            query: { approver_user_id: user.id, approval_status: 'DEVELOPING', limit: 1, offset: 0 },
          },
        }),
      ).data.value.total,
  });
}

export default function Shell() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { lang, setLang } = useLang();
  const { signOut, setWorkspace, workspaces } = useSessionState();
  const session = useSession();
  const pending = usePendingCount();
  const [navOpen, setNavOpen] = useState(false);

  const nav: ItemType[] = [
    {
      key: 'review',
      label: t('common.nav.reviewCenter'),
      icon: <CheckSquareOutlined />,
      children: [
        {
          key: '/console/review/pending',
          label: (
            <span>
              {t('common.nav.pending')} <Badge count={pending.data ?? 0} size="small" overflowCount={999} data-testid="pending-badge" />
            </span>
          ),
        },
        { key: '/console/review/reviewed', label: t('common.nav.reviewed') },
        { key: '/console/review/mine', label: t('common.nav.mine') },
      ],
    },
    { key: '/console/objects', label: t('common.nav.objects'), icon: <AppstoreOutlined /> },
    { key: '/console/batches', label: t('common.nav.batches'), icon: <UnorderedListOutlined /> },
    {
      key: 'config',
      label: t('common.nav.config'),
      icon: <SettingOutlined />,
      children: [
        { key: '/console/config/reviewers', label: t('common.nav.reviewers') },
        // Never offered to whom the server would refuse (src/usecases/tenancy.ts, audit-read.ts).
        ...(session.role === 'admin' || session.isDomainAdmin ? [{ key: '/console/config/members', label: t('common.nav.members') }] : []),
        ...(session.isDomainAdmin ? [{ key: '/console/config/audit', label: t('common.nav.audit'), icon: <AuditOutlined /> }] : []),
      ],
    },
  ];
  const selected = location.pathname.startsWith('/console/batches/') ? '/console/batches' : location.pathname;
  const narrow = useNarrow();
  const menu = (
    <nav aria-label={t('common.nav')}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        defaultOpenKeys={['review', 'config']}
        items={nav}
        onClick={({ key }) => {
          if (!key.startsWith('/')) return;
          setNavOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: narrow ? 6 : 12,
          padding: narrow ? '0 6px' : '0 16px',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        {narrow ? <Button type="text" icon={<MenuOutlined />} aria-label={t('common.nav')} onClick={() => setNavOpen(true)} /> : null}
        <Typography.Text strong style={{ whiteSpace: 'nowrap', fontSize: 16 }}>
          {narrow ? 'archgate' : t('common.product')}
        </Typography.Text>
        {/* On a phone the header has no room for it: it opens with the navigation. */}
        {narrow ? null : <ProjectSwitch narrow={false} />}
        <Select
          aria-label={t('common.workspace')}
          data-testid="workspace-switcher"
          value={session.workspaceId}
          onChange={(id) => setWorkspace(id)}
          style={{ minWidth: narrow ? 0 : 220, flex: narrow ? 1 : undefined, maxWidth: narrow ? 120 : undefined }}
          popupMatchSelectWidth={false}
          options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
        />
        {narrow ? null : <span style={{ flex: 1 }} />}
        <Select<Lang>
          aria-label={t('common.language')}
          data-testid="language-switch"
          value={lang}
          onChange={setLang}
          suffixIcon={narrow ? null : <GlobalOutlined />}
          popupMatchSelectWidth={false}
          labelRender={({ value }) => (narrow ? (value === 'en' ? 'EN' : '中文') : value === 'en' ? 'English' : '简体中文')}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '简体中文' },
          ]}
        />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'keys', icon: <KeyOutlined />, label: t('common.accessKeys'), onClick: () => navigate('/console/keys') },
              { type: 'divider' },
              { key: 'signout', icon: <LogoutOutlined />, label: t('common.signOut'), onClick: () => signOut('common.signedOut') },
            ],
          }}
        >
          <Button aria-label={`${session.user.name}, ${t('common.userMenu')}`} data-testid="user-menu" icon={<UserOutlined />}>
            {narrow ? null : (
              <>
                {session.user.name} <DownOutlined />
              </>
            )}
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer placement="left" open={navOpen} onClose={() => setNavOpen(false)} size={260} title={t('common.product')}>
            <ProjectSwitch narrow />
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 8 : 24, minWidth: 0 }}>
          <main>
            <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
