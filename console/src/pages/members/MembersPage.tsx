import type { paths } from '../../../../src/client/openapi';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Modal, Button, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import AdminTheme from '../../components/AdminTheme';
import PageHeader from '../../components/PageHeader';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useT } from '../../i18n';
import AddMemberModal from './AddMemberModal';
import { ROLES, type Role, useManagesMembers, useMembers } from './members-api';

/** A member as ArchgateListMembers answers it (the generated document's type, never typed by hand). */
type Member = Json<
  paths['/archgate/v1/{project_id}/workspaces/{workspace_id}/members']['get']['responses'][200]
>['data']['value']['records'][number];
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** Members and roles of the current workspace: its admins add members, change roles and remove them. */
export default function MembersPage() {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const [modal, dialogs] = Modal.useModal();
  const queryClient = useQueryClient();
  const { projectId, workspaceId, user } = useSession();
  const manages = useManagesMembers();
  const members = useMembers(manages);
  useErrorNotification(members.error);
  const [adding, setAdding] = useState(false);
  const queryKey = ['members', projectId, workspaceId];
  const path = (userId: string) => ({ project_id: projectId, workspace_id: workspaceId, user_id: userId });
  const nameOf = (m: Member) => m.user_name ?? m.user_id;
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey });
    // A member who can no longer review loses their reviewer registration (src/usecases/tenancy.ts putMember).
    queryClient.invalidateQueries({ queryKey: ['approvers', projectId, workspaceId] });
    // A change to one's own role changes what the console offers (the navigation reads it from /me).
    queryClient.invalidateQueries({ queryKey: ['me'] });
  };

  const setRole = useMutation({
    mutationFn: async ({ member, role }: { member: Member; role: Role }) => {
      unwrap(
        await api.PUT('/archgate/v1/{project_id}/workspaces/{workspace_id}/members/{user_id}', {
          params: { path: path(member.user_id) },
          body: { role },
        }),
      );
      return { member, role };
    },
    onSuccess: ({ member, role }) => message.success(t('members.roleChanged', { name: nameOf(member), role: t(`members.role.${role}`) })),
    onError: showApiError,
    onSettled: refresh,
  });

  const remove = useMutation({
    mutationFn: async (member: Member) => {
      unwrap(
        await api.DELETE('/archgate/v1/{project_id}/workspaces/{workspace_id}/members/{user_id}', {
          params: { path: path(member.user_id) },
        }),
      );
      return member;
    },
    onSuccess: (member) => message.success(t('members.removed', { name: nameOf(member) })),
    onError: showApiError,
    onSettled: refresh,
  });

  const confirmRemove = (member: Member) =>
    modal.confirm({
      title: t('members.remove'),
      content: t('members.removeConfirm', { name: nameOf(member) }),
      okText: t('members.remove'),
      okButtonProps: { danger: true },
      cancelText: t('members.cancel'),
      onOk: () => remove.mutateAsync(member).catch(() => undefined),
    });

  if (!manages) {
    return (
      <div data-testid="members-page">
        <PageHeader title={t('members.title')} />
        <Alert type="info" showIcon title={t('members.adminsOnly')} />
      </div>
    );
  }

  const columns = [
    {
      title: t('members.col.user'),
      key: 'user',
      render: (_: unknown, m: Member) => (
        <span>
          {nameOf(m)} {m.user_id === user.id ? <Typography.Text type="secondary">{t('members.you')}</Typography.Text> : null}
        </span>
      ),
    },
    {
      title: t('members.col.userId'),
      dataIndex: 'user_id',
      key: 'user_id',
      responsive: ['md' as const],
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('members.col.role'),
      key: 'role',
      render: (_: unknown, m: Member) => (
        <Select<Role>
          value={m.role as Role}
          aria-label={t('members.roleOf', { name: nameOf(m) })}
          style={{ minWidth: 130 }}
          disabled={setRole.isPending && setRole.variables?.member.user_id === m.user_id}
          options={ROLES.map((r) => ({ value: r, label: t(`members.role.${r}`) }))}
          onChange={(role) => setRole.mutate({ member: m, role })}
        />
      ),
    },
    {
      title: t('members.col.actions'),
      key: 'actions',
      render: (_: unknown, m: Member) => (
        <Button type="link" danger size="small" aria-label={`${t('members.remove')} ${nameOf(m)}`} onClick={() => confirmRemove(m)}>
          {t('members.remove')}
        </Button>
      ),
    },
  ];

  return (
    <AdminTheme>
      <div data-testid="members-page">
        {dialogs}
        <PageHeader
          title={t('members.title')}
          subtitle={t('members.intro')}
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('members.add')}
            </Button>
          }
        />
        <Table<Member>
          rowKey="user_id"
          size="middle"
          loading={members.isLoading}
          dataSource={members.data ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('members.total', { total }) }}
          locale={{ emptyText: members.isLoading ? ' ' : <EmptyState title={t('members.empty')} /> }}
        />
        <AddMemberModal open={adding} existing={members.data ?? []} onClose={() => setAdding(false)} onAdded={refresh} />
      </div>
    </AdminTheme>
  );
}
