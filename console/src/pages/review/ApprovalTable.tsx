import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';
import type { Key, ReactNode } from 'react';
import StatusTag from '../../components/StatusTag';
import { useBizTypeLabel, useFormatTime, useT } from '../../i18n';
import type { Approval, ListKind, Paging } from './approvals';

interface Props {
  kind: ListKind;
  rows: Approval[];
  total: number;
  loading: boolean;
  paging: Paging;
  /** Takes an update of the current paging: a sort and the page reset it brings arrive as two calls. */
  onPage: (update: (current: Paging) => Paging) => void;
  onOpen: (a: Approval) => void;
  selectable?: (a: Approval) => boolean;
  selected?: Key[];
  onSelect?: (keys: Key[]) => void;
  empty: ReactNode;
}

/** A Review Center list: server-side paged and sorted by submit time (newest first unless the user flips it). */
export default function ApprovalTable(p: Props) {
  const t = useT();
  const formatTime = useFormatTime();
  const bizTypeLabel = useBizTypeLabel();
  // On a phone the list shows the name, the time and the decision; the drawer has the rest.
  const wide: Breakpoint[] = ['md'];
  const columns: ColumnsType<Approval> = [
    {
      title: t('review.col.name'),
      dataIndex: 'name_en',
      render: (_: unknown, a) => (
        // A button, so the drawer opens from the keyboard too.
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => p.onOpen(a)}>
          {a.name_en ?? a.biz_id}
          {a.name_ch ? ` (${a.name_ch})` : ''}
        </Button>
      ),
    },
    { title: t('review.col.type'), dataIndex: 'approval_type', responsive: wide, render: (v: string) => t(`common.type.${v}`) },
    { title: t('review.col.bizType'), dataIndex: 'biz_type', responsive: wide, render: bizTypeLabel },
    { title: t('review.col.bizStatus'), dataIndex: 'biz_status', responsive: wide, render: (v: string) => <StatusTag status={v} /> },
    p.kind === 'mine'
      ? { title: t('review.col.approver'), dataIndex: 'approver', responsive: wide }
      : { title: t('review.col.submitter'), dataIndex: 'create_by', responsive: wide },
    {
      title: t('review.col.submitTime'),
      dataIndex: 'submit_time',
      key: 'submit_time',
      render: formatTime,
      // The server sorts (sort_order); the column only shows and flips it, never back to unsorted.
      sorter: true,
      sortOrder: p.paging.sort === 'asc' ? 'ascend' : 'descend',
      sortDirections: ['ascend', 'descend', 'ascend'],
      showSorterTooltip: false,
    },
  ];
  if (p.kind !== 'pending') {
    columns.push(
      { title: t('review.col.decision'), dataIndex: 'approval_status', render: (v: string) => <StatusTag status={v} /> },
      { title: t('review.col.comment'), dataIndex: 'msg', ellipsis: true, responsive: wide },
      { title: t('review.col.decidedAt'), dataIndex: 'approval_time', render: formatTime, responsive: wide },
    );
  }
  return (
    // Sideways scrolling by the wrapper, not the table's scroll.x: antd then adds an aria-hidden measuring row
    // that axe reports (aria-hidden-focus). With rows, the region holds links, so a keyboard reaches it.
    <div style={{ overflowX: 'auto' }}>
      <Table<Approval>
        data-testid={`approvals-${p.kind}`}
        rowKey="id"
        size="middle"
        loading={p.loading}
        columns={columns}
        dataSource={p.rows}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter)) return;
          const sort = sorter.order === 'ascend' ? 'asc' : 'desc';
          p.onPage((c) => ({ ...c, page: 1, sort }));
        }}
        locale={{ emptyText: p.empty }}
        rowSelection={
          p.onSelect
            ? {
                selectedRowKeys: p.selected,
                onChange: (keys) => p.onSelect?.(keys),
                getCheckboxProps: (a) => ({ disabled: p.selectable ? !p.selectable(a) : false, 'aria-label': a.name_en ?? a.id }),
              }
            : undefined
        }
        pagination={{
          current: p.paging.page,
          pageSize: p.paging.pageSize,
          total: p.total,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => p.onPage((c) => ({ ...c, page: pageSize === c.pageSize ? page : 1, pageSize })),
        }}
      />
    </div>
  );
}
