import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useT } from '../../i18n';
import { ROLES, type Role } from './members-api';

interface Values {
  user_id: string;
  role: Role;
}

/**
 * Add Member. Only a domain administrator may list the domain's users (KeystoneListUsers), so they pick
 * from a list; a workspace admin who is not one enters the user's IAM id.
 */
export default function AddMemberModal({
  open,
  existing,
  onClose,
  onAdded,
}: {
  open: boolean;
  existing: { user_id: string }[];
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const { projectId, workspaceId, isDomainAdmin } = useSession();
  const [form] = Form.useForm<Values>();

  const users = useQuery({
    queryKey: ['iam-users'],
    enabled: open && isDomainAdmin,
    queryFn: async () => unwrap(await api.GET('/v3/users', {})).users,
  });
  useErrorNotification(users.error);
  const candidates = useMemo(() => {
    const taken = new Set(existing.map((m) => m.user_id));
    return (users.data ?? []).filter((u) => !taken.has(u.id));
  }, [users.data, existing]);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const add = useMutation({
    mutationFn: async (v: Values) => {
      unwrap(
        await api.PUT('/archgate/v1/{project_id}/workspaces/{workspace_id}/members/{user_id}', {
          params: { path: { project_id: projectId, workspace_id: workspaceId, user_id: v.user_id.trim() } },
          body: { role: v.role },
        }),
      );
      return v;
    },
    onSuccess: (v) => {
      const name = users.data?.find((u) => u.id === v.user_id)?.name ?? v.user_id;
      message.success(t('members.added', { name, role: t(`members.role.${v.role}`) }));
      onAdded();
      onClose();
    },
    onError: showApiError,
  });

  return (
    <Modal
      open={open}
      title={t('members.addTitle')}
      okText={t('members.ok')}
      cancelText={t('members.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" name="add-member" initialValues={{ role: 'developer' }} onFinish={(v) => add.mutate(v)}>
        {isDomainAdmin ? (
          <Form.Item name="user_id" label={t('members.field.user')} rules={[{ required: true, message: t('members.field.userRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={users.isLoading}
              options={candidates.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="user_id"
            label={t('members.field.userId')}
            extra={t('members.field.userIdHelp')}
            rules={[{ required: true, whitespace: true, message: t('members.field.userRequired') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="role" label={t('members.field.role')} rules={[{ required: true }]}>
          <Select<Role> options={ROLES.map((r) => ({ value: r, label: t(`members.role.${r}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
