import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Grid, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import EmptyState from '../../components/EmptyState';
import PageHeader from '../../components/PageHeader';
import StatusTag from '../../components/StatusTag';
import { useBizTypeLabel, useFormatTime, useT } from '../../i18n';
import BatchWizard from './BatchWizard';
import { BIZ_STATUSES, BIZ_TYPES } from './bizTypes';
import SelectAllMatching from './SelectAllMatching';
import SubjectTree from './SubjectTree';
import { listQuery, pickOf, type ObjectFilter } from './filter';
import type { BatchAction, BizStatus, BizType, ObjectVO, Picked } from './wire';

/** Objects: browse by business type and subject, filter by status and name, then publish or take offline. */
export default function ObjectsPage() {
  const t = useT();
  const bizTypeLabel = useBizTypeLabel();
  const formatTime = useFormatTime();
  const api = useApi();
  const queryClient = useQueryClient();
  const { projectId, workspaceId, can } = useSession();
  const [filter, setFilter] = useState<ObjectFilter>({});
  const [subjectName, setSubjectName] = useState<string | null>(null);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [picked, setPicked] = useState(new Map<string, Picked>());
  const [wizard, setWizard] = useState<BatchAction | null>(null);
  const screens = Grid.useBreakpoint();

  // Another workspace holds other objects and subjects: what was chosen here means nothing there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is for a change of workspace, which the body does not read
  useEffect(() => {
    setPicked(new Map());
    setSubjectName(null);
    setFilter((f) => ({ ...f, parentId: undefined }));
  }, [workspaceId]);
  const mayPublish = can('batchPublish');
  const mayOffline = can('batchOffline');

  const list = useQuery({
    queryKey: ['objects', projectId, workspaceId, filter, page],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/archgate/v1/{project_id}/objects', {
          params: {
            path: { project_id: projectId },
            query: listQuery(filter, page.pageSize, (page.current - 1) * page.pageSize),
          },
        }),
      ).data.value,
  });

  const refilter = (next: Partial<ObjectFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage((p) => ({ ...p, current: 1 }));
  };

  const records = list.data?.records ?? [];
  const total = list.data?.total ?? 0;
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');

  return (
    <>
      {/* While the wizard is open the page behind it is inert: out of the tab order and of the accessibility tree. */}
      <div data-testid="objects-page" inert={wizard !== null}>
        <PageHeader title={t('objects.title')} subtitle={t('objects.subtitle')} />
        {/* No side gutter when stacked: its negative margins would push the page wider than a phone. */}
        <Row gutter={[screens.lg ? 16 : 0, 16]}>
          <Col xs={24} lg={6}>
            <Card size="small" title={t('objects.browse')}>
              <label htmlFor="objects-biz-type" style={{ display: 'block', marginBottom: 4 }}>
                {t('objects.bizType')}
              </label>
              <Select<BizType>
                id="objects-biz-type"
                allowClear
                // A person types the label in their language, or the wire name they know from the API.
                showSearch={{ optionFilterProp: ['label', 'value'] }}
                style={{ width: '100%', marginBottom: 12 }}
                placeholder={t('objects.allTypes')}
                value={filter.bizType}
                onChange={(v) => refilter({ bizType: v })}
                options={BIZ_TYPES.map((b) => ({ value: b, label: bizTypeLabel(b) }))}
              />
              <Typography.Text strong>{t('objects.subjects')}</Typography.Text>
              <SubjectTree
                selected={filter.parentId ?? null}
                onSelect={(s) => {
                  setSubjectName(s?.name ?? null);
                  refilter({ parentId: s?.id });
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={18}>
            <Flex wrap gap={8} style={{ marginBottom: 12 }}>
              <Select<BizStatus>
                aria-label={t('objects.status')}
                allowClear
                style={{ minWidth: 160 }}
                placeholder={t('objects.allStatuses')}
                value={filter.status}
                onChange={(v) => refilter({ status: v })}
                options={BIZ_STATUSES.map((s) => ({ value: s, label: t(`common.status.${s}`) }))}
              />
              <Input.Search
                aria-label={t('objects.searchName')}
                placeholder={t('objects.searchName')}
                allowClear
                style={{ maxWidth: 280 }}
                onSearch={(v) => refilter({ name: v.trim() || undefined })}
              />
              {subjectName ? (
                <Tag
                  closable
                  onClose={() => {
                    setSubjectName(null);
                    refilter({ parentId: undefined });
                  }}
                  data-testid="subject-filter"
                >
                  {t('objects.inSubject', { name: subjectName })}
                </Tag>
              ) : null}
            </Flex>
            {mayPublish || mayOffline ? (
              <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="selection-toolbar">
                <Typography.Text>{t('common.selected', { count: picked.size })}</Typography.Text>
                {mayPublish ? (
                  <Button type="primary" icon={<CloudUploadOutlined />} disabled={picked.size === 0} onClick={() => setWizard('PUBLISH')}>
                    {t('common.type.PUBLISH')}
                  </Button>
                ) : null}
                {mayOffline ? (
                  <Button icon={<CloudDownloadOutlined />} disabled={picked.size === 0} onClick={() => setWizard('OFFLINE')}>
                    {t('common.type.OFFLINE')}
                  </Button>
                ) : null}
                <SelectAllMatching
                  filter={filter}
                  total={total}
                  selected={picked.size}
                  onPicked={(all) => setPicked(new Map(all.map((p) => [p.biz_id, p])))}
                />
                {picked.size > 0 ? (
                  <Button type="link" onClick={() => setPicked(new Map())}>
                    {t('objects.clearSelection')}
                  </Button>
                ) : null}
              </Flex>
            ) : (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('objects.readOnly')} />
            )}
            {/* Scrolls sideways in a wrapper rather than with scroll.x: antd then clones the select-all checkbox
              into an aria-hidden measuring row, which axe rightly flags as a hidden focusable. */}
            <div style={{ overflowX: 'auto' }}>
              <Table<ObjectVO>
                data-testid="objects-table"
                rowKey="id"
                size="middle"
                loading={list.isFetching}
                dataSource={records}
                locale={{
                  emptyText: list.isLoading ? (
                    t('common.loading')
                  ) : (
                    <EmptyState title={t('objects.empty')} hint={filtered ? t('objects.emptyFiltered') : t('objects.emptyHint')} />
                  ),
                }}
                rowSelection={
                  mayPublish || mayOffline
                    ? {
                        preserveSelectedRowKeys: true,
                        selectedRowKeys: [...picked.keys()],
                        getCheckboxProps: (o) => ({ 'aria-label': t('objects.selectRow', { name: o.name_en }) }),
                        onChange: (keys, rows) => {
                          const onPage = new Map(rows.filter(Boolean).map((o) => [o.id, pickOf(o)]));
                          setPicked((cur) => {
                            const next = new Map<string, Picked>();
                            for (const k of keys.map(String)) {
                              const p = cur.get(k) ?? onPage.get(k);
                              if (p) next.set(k, p);
                            }
                            return next;
                          });
                        },
                      }
                    : undefined
                }
                pagination={{
                  ...page,
                  total,
                  showSizeChanger: true,
                  pageSizeOptions: [20, 50, 100],
                  showTotal: (n) => t('common.total', { total: n }),
                  onChange: (current, pageSize) => setPage({ current, pageSize }),
                }}
                columns={[
                  {
                    title: t('objects.name'),
                    dataIndex: 'name_en',
                    render: (_, o) => (
                      <span data-testid={`object-${o.id}`}>
                        <strong>{o.name_en}</strong>
                        {o.name_ch && o.name_ch !== o.name_en ? <Typography.Text type="secondary"> {o.name_ch}</Typography.Text> : null}
                      </span>
                    ),
                  },
                  { title: t('objects.bizType'), dataIndex: 'biz_type', render: bizTypeLabel },
                  { title: t('objects.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
                  { title: t('objects.code'), dataIndex: 'code', render: (c: string | null) => c ?? '' },
                  { title: t('objects.updated'), dataIndex: 'update_time', render: formatTime },
                ]}
              />
            </div>
          </Col>
        </Row>
      </div>
      {wizard ? (
        <BatchWizard
          action={wizard}
          picked={[...picked.values()]}
          onClose={(changed) => {
            setWizard(null);
            if (changed) {
              setPicked(new Map());
              void queryClient.invalidateQueries({ queryKey: ['objects'] });
              void queryClient.invalidateQueries({ queryKey: ['batches'] });
            }
          }}
        />
      ) : null}
    </>
  );
}
