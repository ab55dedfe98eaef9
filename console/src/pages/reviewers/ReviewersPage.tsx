import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Modal, Button, Flex, Input, Table } from 'antd';
import { useMemo, useState } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import AdminTheme from '../../components/AdminTheme';
import PageHeader from '../../components/PageHeader';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useFormatTime, useT } from '../../i18n';
import AddReviewerModal from './AddReviewerModal';
import type { Reviewer } from './reviewer-types';

/** ListApprovers answers at most 100 a page. */
const PAGE = 100;

/**
 * Reviewer Management (Configuration Center → Reviewers). The search matches any part of a name, as the
 * cloud console's does, while ListApprovers' approver_name is an exact match (the Terraform provider reads
 * records[0] of it): a workspace has few reviewers, so all are read and filtered here.
 */
export default function ReviewersPage() {
  const t = useT();
  const formatTime = useFormatTime();
  const api = useApi();
  const { message } = App.useApp();
  const [modal, dialogs] = Modal.useModal();
  const queryClient = useQueryClient();
  const { projectId, workspaceId, can } = useSession();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const mayAdd = can('createApprover');
  const mayDelete = can('deleteApprover');
  const queryKey = ['approvers', projectId, workspaceId];

  const approvers = useQuery({
    queryKey,
    queryFn: async () => {
      const all: Reviewer[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = unwrap(
          await api.GET('/v2/{project_id}/design/approvals/users', {
            params: { path: { project_id: projectId }, query: { limit: PAGE, offset } },
          }),
        ).data.value;
        all.push(...page.records);
        if (page.records.length < PAGE || all.length >= page.total) return all;
      }
    },
  });
  useErrorNotification(approvers.error);

  const remove = useMutation({
    mutationFn: async (ids: string[]) =>
      unwrap(
        await api.DELETE('/v2/{project_id}/design/approvals/users', {
          params: { path: { project_id: projectId }, query: { approver_ids: ids.join(',') } },
        }),
      ).data.value,
    onSuccess: (count) => {
      message.success(t('reviewers.deleted', { count }));
      setSelected([]);
    },
    onError: showApiError,
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const confirmDelete = (ids: string[]) =>
    modal.confirm({
      title: t('reviewers.delete'),
      content: t('reviewers.deleteConfirm', { count: ids.length }),
      okText: t('reviewers.delete'),
      okButtonProps: { danger: true },
      cancelText: t('reviewers.cancel'),
      onOk: () => remove.mutateAsync(ids).catch(() => undefined),
    });

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const all = approvers.data ?? [];
    if (!needle) return all;
    return all.filter((a) => a.approver_name.toLowerCase().includes(needle) || a.user_name.toLowerCase().includes(needle));
  }, [approvers.data, search]);

  const columns = [
    { title: t('reviewers.col.name'), dataIndex: 'approver_name', key: 'approver_name', className: 'reviewer-name' },
    { title: t('reviewers.col.user'), dataIndex: 'user_name', key: 'user_name', responsive: ['md' as const] },
    { title: t('reviewers.col.email'), dataIndex: 'email', key: 'email', render: (v: string | null) => v ?? '-' },
    {
      title: t('reviewers.col.phone'),
      dataIndex: 'phone_number',
      key: 'phone',
      responsive: ['md' as const],
      render: (v: string | null) => v ?? '-',
    },
    { title: t('reviewers.col.createBy'), dataIndex: 'create_by', key: 'create_by', responsive: ['lg' as const] },
    {
      title: t('reviewers.col.createTime'),
      dataIndex: 'create_time',
      key: 'create_time',
      responsive: ['lg' as const],
      render: formatTime,
    },
    ...(mayDelete
      ? [
          {
            title: t('reviewers.col.actions'),
            key: 'actions',
            render: (_: unknown, r: Reviewer) => (
              <Button
                type="link"
                danger
                size="small"
                aria-label={`${t('reviewers.delete')} ${r.approver_name}`}
                onClick={() => confirmDelete([r.id])}
              >
                {t('reviewers.delete')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const empty = (
    <EmptyState
      title={search ? t('reviewers.noMatch', { search }) : mayAdd ? t('reviewers.empty') : t('reviewers.emptyViewer')}
      action={
        mayAdd && !search ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('reviewers.add')}
          </Button>
        ) : undefined
      }
    />
  );

  return (
    <AdminTheme>
      <div data-testid="reviewers-page">
        {dialogs}
        <PageHeader
          title={t('reviewers.title')}
          extra={
            <>
              {mayDelete && selected.length > 0 ? (
                <Button danger icon={<DeleteOutlined />} onClick={() => confirmDelete(selected)} loading={remove.isPending}>
                  {t('reviewers.deleteSelected', { count: selected.length })}
                </Button>
              ) : null}
              {mayAdd ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  {t('reviewers.add')}
                </Button>
              ) : null}
            </>
          }
        />
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('reviewers.search')}
            aria-label={t('reviewers.search')}
            onSearch={setSearch}
            onChange={(e) => {
              if (e.target.value === '') setSearch('');
            }}
            style={{ maxWidth: 320 }}
          />
        </Flex>
        {/* Scrolls here, not with scroll.x: antd then clones the select-all checkbox into an aria-hidden measure row. */}
        <div style={{ overflowX: 'auto' }}>
          <Table<Reviewer>
            rowKey="id"
            size="middle"
            loading={approvers.isLoading}
            dataSource={rows}
            columns={columns}
            locale={{ emptyText: approvers.isLoading ? ' ' : empty }}
            pagination={{ pageSize: 10, showTotal: (total) => t('reviewers.total', { total }), hideOnSinglePage: false }}
            rowSelection={
              mayDelete
                ? {
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys.map(String)),
                    getCheckboxProps: (r) => ({ 'aria-label': r.approver_name }) as object,
                  }
                : undefined
            }
          />
        </div>
        {mayAdd ? (
          <AddReviewerModal
            open={adding}
            registered={approvers.data ?? []}
            onClose={() => setAdding(false)}
            onAdded={() => queryClient.invalidateQueries({ queryKey })}
          />
        ) : null}
      </div>
    </AdminTheme>
  );
}
