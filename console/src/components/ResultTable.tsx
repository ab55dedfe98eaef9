import { Table } from 'antd';
import { useBizTypeLabel, useT } from '../i18n';
import StatusTag from './StatusTag';

/** One item of a batch result (the cloud's BatchOperationVO, or a per-item decision result). */
export interface ResultItem {
  key: string;
  name: string;
  type: string;
  result: string;
  remark?: string | null;
}

/** Every batch action ends here: one row per item with the server's own remark. */
export default function ResultTable({ items, caption }: { items: ResultItem[]; caption?: string }) {
  const t = useT();
  const bizTypeLabel = useBizTypeLabel();
  return (
    // The region scrolls sideways on a phone; it is focusable so that a keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section aria-label={caption ?? t('common.result.result')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table<ResultItem>
        data-testid="result-table"
        size="small"
        rowKey="key"
        pagination={items.length > 20 ? { pageSize: 20 } : false}
        dataSource={items}
        title={caption ? () => caption : undefined}
        columns={[
          { title: t('common.result.name'), dataIndex: 'name' },
          { title: t('common.result.type'), dataIndex: 'type', render: bizTypeLabel },
          { title: t('common.result.result'), dataIndex: 'result', render: (r: string) => <StatusTag status={r} /> },
          { title: t('common.result.remark'), dataIndex: 'remark', render: (r: string | null) => r ?? '' },
        ]}
      />
    </section>
  );
}
