import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { type Key, useState } from 'react';
import { useNavigate } from 'react-router';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import PageHeader from '../../components/PageHeader';
import { useT } from '../../i18n';
import ApprovalTable from './ApprovalTable';
import { type Approval, type Filters, type ListKind, type Paging, useApprovals } from './approvals';
import DecideModal, { type Decision } from './DecideModal';
import FilterBar from './FilterBar';
import ReviewDrawer from './ReviewDrawer';

const TITLES: Record<ListKind, string> = { pending: 'common.nav.pending', reviewed: 'common.nav.reviewed', mine: 'common.nav.mine' };

/** One Review Center tab: filters, the paged list, batch actions on ticked rows, and the review drawer. */
export default function ReviewList({ kind }: { kind: ListKind }) {
  const t = useT();
  const api = useApi();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<Key[]>([]);
  const [selectedRows, setSelectedRows] = useState<Approval[]>([]);
  const [open, setOpen] = useState<Approval | null>(null);
  const [deciding, setDeciding] = useState<{ decision: Decision; approvals: Approval[] } | null>(null);
  const list = useApprovals(kind, filters, paging);
  const rows = list.data?.records ?? [];

  // Hidden when the role may not call it; the server refuses anyway (and its answer is shown).
  const canDecide = kind === 'pending' && session.can('confirmApprovals');
  const canWithdraw = kind === 'mine' && session.can('rollbackApproval');

  const select = (keys: Key[]) => {
    setSelected(keys);
    const known = new Map([...selectedRows, ...rows].map((a) => [a.id, a]));
    setSelectedRows(keys.map((k) => known.get(String(k))).filter((a): a is Approval => !!a));
  };
  const clearSelection = () => select([]);

  const withdraw = useMutation({
    mutationFn: async (ids: string[]) =>
      unwrap(
        await api.PUT('/v2/{project_id}/design/approvals', {
          params: { path: { project_id: session.projectId }, query: { ids: ids.join(',') } },
        }),
      ).data.value,
    onSuccess: (n) => {
      message.success(t('review.withdrawn', { count: n }));
      clearSelection();
      setOpen(null);
      queryClient.invalidateQueries({ queryKey: ['approvals'] });
    },
    onError: showApiError,
  });

  const empty =
    kind === 'pending' ? (
      <EmptyState title={t('review.empty.pending')} hint={t('review.empty.pendingHint')} />
    ) : kind === 'reviewed' ? (
      <EmptyState title={t('review.empty.reviewed')} hint={t('review.empty.reviewedHint')} />
    ) : (
      <EmptyState
        title={t('review.empty.mine')}
        hint={t('review.empty.mineHint')}
        action={<Button onClick={() => navigate('/console/objects')}>{t('common.nav.objects')}</Button>}
      />
    );

  const toolbar =
    selected.length > 0 ? (
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }} data-testid="batch-toolbar">
        <Typography.Text>{t('common.selected', { count: selected.length })}</Typography.Text>
        {canDecide ? (
          <>
            <Button
              type="primary"
              onClick={() => setDeciding({ decision: 'resolve', approvals: selectedRows })}
              data-testid="batch-approve"
            >
              {t('review.approve')}
            </Button>
            <Button danger onClick={() => setDeciding({ decision: 'reject', approvals: selectedRows })} data-testid="batch-reject">
              {t('review.reject')}
            </Button>
          </>
        ) : null}
        {canWithdraw ? (
          <Popconfirm
            title={t('review.withdrawConfirm', { count: selected.length })}
            onConfirm={() => withdraw.mutate(selected.map(String))}
          >
            <Button danger loading={withdraw.isPending} data-testid="batch-withdraw">
              {t('review.withdraw')}
            </Button>
          </Popconfirm>
        ) : null}
        <Button type="text" onClick={clearSelection}>
          {t('common.cancel')}
        </Button>
      </Flex>
    ) : null;

  return (
    <>
      <PageHeader
        title={t(TITLES[kind])}
        subtitle={t(`review.subtitle.${kind}`)}
        extra={<Button onClick={() => list.refetch()}>{t('common.refresh')}</Button>}
      />
      <FilterBar
        kind={kind}
        onChange={(f) => {
          setFilters(f);
          setPaging((p) => ({ ...p, page: 1 }));
          clearSelection();
        }}
      />
      {toolbar}
      <ApprovalTable
        kind={kind}
        rows={rows}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        paging={paging}
        onPage={setPaging}
        onOpen={setOpen}
        empty={list.isError ? <EmptyState title={list.error.message} /> : empty}
        selected={selected}
        onSelect={canDecide || canWithdraw ? select : undefined}
        selectable={(a) => a.approval_status === 'DEVELOPING'}
      />
      <ReviewDrawer
        approval={open}
        onClose={() => setOpen(null)}
        onDecide={canDecide ? (decision, a) => setDeciding({ decision, approvals: [a] }) : undefined}
      />
      <DecideModal
        approvals={deciding?.approvals ?? []}
        decision={deciding?.decision ?? null}
        onClose={(decided) => {
          setDeciding(null);
          if (decided) {
            clearSelection();
            setOpen(null);
          }
        }}
      />
    </>
  );
}
