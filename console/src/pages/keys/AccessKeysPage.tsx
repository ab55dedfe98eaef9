import type { paths } from '../../../../src/client/openapi';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Form, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import AdminTheme from '../../components/AdminTheme';
import PageHeader from '../../components/PageHeader';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useFormatTime, useT } from '../../i18n';
import NewKeyModal, { type NewKey } from './NewKeyModal';

/** IAM's limit of permanent access keys per user (src/domain/iam-policy.ts MAX_PERMANENT_KEYS). */
const MAX_KEYS = 2;

/** A key as ListPermanentAccessKeys answers it (the generated document's type, never typed by hand). */
type Key = Json<paths['/v3.0/OS-CREDENTIAL/credentials']['get']['responses'][200]>['credentials'][number];
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/**
 * My access keys: every user creates, lists and deletes their own. The secret key exists in the browser
 * only in the one-time dialog's state; the list shows access key ids alone.
 */
export default function AccessKeysPage() {
  const t = useT();
  const formatTime = useFormatTime();
  const api = useApi();
  const { message } = App.useApp();
  const [modal, dialogs] = Modal.useModal();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const [fresh, setFresh] = useState<NewKey | null>(null);
  const [form] = Form.useForm<{ description?: string }>();
  const queryKey = ['access-keys', user.id];

  const keys = useQuery({
    queryKey,
    queryFn: async () => unwrap(await api.GET('/v3.0/OS-CREDENTIAL/credentials', { params: { query: { user_id: user.id } } })).credentials,
  });
  useErrorNotification(keys.error);

  const create = useMutation({
    mutationFn: async (description: string | undefined) =>
      unwrap(
        await api.POST('/v3.0/OS-CREDENTIAL/credentials', {
          body: { credential: { user_id: user.id, description: description?.trim() || null } },
        }),
      ).credential,
    onSuccess: (credential) => {
      setCreating(false);
      setFresh({ access: credential.access, secret: credential.secret });
    },
    onError: showApiError,
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const remove = useMutation({
    mutationFn: async (access: string) => {
      unwrap(await api.DELETE('/v3.0/OS-CREDENTIAL/credentials/{access_key}', { params: { path: { access_key: access } } }));
      return access;
    },
    onSuccess: (ak) => message.success(t('keys.deleted', { ak })),
    onError: showApiError,
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const confirmDelete = (ak: string) =>
    modal.confirm({
      title: t('keys.delete'),
      content: t('keys.deleteConfirm', { ak }),
      okText: t('keys.delete'),
      okButtonProps: { danger: true },
      cancelText: t('keys.cancel'),
      onOk: () => remove.mutateAsync(ak).catch(() => undefined),
    });

  const count = keys.data?.length ?? 0;
  const atLimit = count >= MAX_KEYS;
  const openCreate = () => {
    form.resetFields();
    setCreating(true);
  };

  const columns = [
    {
      title: t('keys.col.ak'),
      dataIndex: 'access',
      key: 'access',
      render: (v: string) => (
        <Typography.Text code data-testid="access-key-id">
          {v}
        </Typography.Text>
      ),
    },
    { title: t('keys.col.description'), dataIndex: 'description', key: 'description', render: (v: string | null) => v || '-' },
    {
      title: t('keys.col.status'),
      dataIndex: 'status',
      key: 'status',
      responsive: ['md' as const],
      render: (v: string) => (
        <Badge status={v === 'active' ? 'success' : 'default'} text={t(v === 'active' ? 'keys.status.active' : 'keys.status.inactive')} />
      ),
    },
    {
      title: t('keys.col.createTime'),
      dataIndex: 'create_time',
      key: 'create_time',
      responsive: ['md' as const],
      render: formatTime,
    },
    {
      title: t('keys.col.actions'),
      key: 'actions',
      render: (_: unknown, k: Key) => (
        <Button type="link" danger size="small" aria-label={`${t('keys.delete')} ${k.access}`} onClick={() => confirmDelete(k.access)}>
          {t('keys.delete')}
        </Button>
      ),
    },
  ];

  return (
    <AdminTheme>
      <div data-testid="keys-page">
        {dialogs}
        <PageHeader
          title={t('keys.title')}
          subtitle={t('keys.intro')}
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={openCreate}
              disabled={atLimit}
              title={atLimit ? t('keys.limit', { count, max: MAX_KEYS }) : undefined}
            >
              {t('keys.create')}
            </Button>
          }
        />
        <Table<Key>
          rowKey="access"
          size="middle"
          loading={keys.isLoading}
          dataSource={keys.data ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={false}
          footer={keys.data ? () => t('keys.limit', { count, max: MAX_KEYS }) : undefined}
          locale={{ emptyText: keys.isLoading ? ' ' : <EmptyState title={t('keys.empty')} /> }}
        />
        <Modal
          open={creating}
          title={t('keys.createTitle')}
          okText={t('keys.ok')}
          cancelText={t('keys.cancel')}
          onCancel={() => setCreating(false)}
          onOk={() => form.submit()}
          confirmLoading={create.isPending}
          destroyOnHidden
        >
          <Form form={form} layout="vertical" name="create-key" onFinish={(v) => create.mutate(v.description)}>
            <Form.Item name="description" label={t('keys.description')} rules={[{ max: 255 }]}>
              <Input.TextArea placeholder={t('keys.descriptionPlaceholder')} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Form>
        </Modal>
        <NewKeyModal
          created={fresh}
          onClose={() => {
            setFresh(null);
            // The mutation's result holds the secret too: dropped with the dialog, so nothing keeps it.
            create.reset();
          }}
        />
      </div>
    </AdminTheme>
  );
}
