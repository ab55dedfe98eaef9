import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Flex, Grid, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import StatusTag from '../../components/StatusTag';
import { useBizTypeLabel, useFormatTime, useT } from '../../i18n';
import type { Approval } from './approvals';
import type { Decision } from './DecideModal';
import { comparable, publishedSnapshot } from './snapshot';

const DiffView = lazy(() => import('./DiffView'));

interface Props {
  approval: Approval | null;
  onClose: () => void;
  /** Present when the user may decide this application here. */
  onDecide?: (d: Decision, a: Approval) => void;
}

/** One application: its fields and, for an edit of a published object, the edit against what is published. */
export default function ReviewDrawer({ approval: a, onClose, onDecide }: Props) {
  const t = useT();
  const formatTime = useFormatTime();
  const bizTypeLabel = useBizTypeLabel();
  const api = useApi();
  const screens = Grid.useBreakpoint();
  const { projectId, workspaceId } = useSession();
  const object = useQuery({
    queryKey: ['object', workspaceId, a?.biz_id],
    enabled: !!a && a.approval_type === 'PUBLISH',
    queryFn: async () =>
      unwrap(await api.GET('/archgate/v1/{project_id}/objects/{id}', { params: { path: { project_id: projectId, id: a!.biz_id } } })).data
        .value,
  });
  // An application to publish an object that is published already is an edit of it: show what changes.
  const isEdit = !!a && a.approval_type === 'PUBLISH' && object.data?.status === 'PUBLISHED';
  const pendingOpen = a?.approval_status === 'DEVELOPING';

  return (
    <Drawer
      open={!!a}
      onClose={onClose}
      title={a ? `${a.name_en ?? a.biz_id}` : ''}
      size={screens.lg ? 960 : '100%'}
      data-testid="review-drawer"
      footer={
        a && pendingOpen && onDecide ? (
          <Flex gap={8} justify="flex-end">
            <Button danger onClick={() => onDecide('reject', a)} data-testid="drawer-reject">
              {t('review.reject')}
            </Button>
            <Button type="primary" onClick={() => onDecide('resolve', a)} data-testid="drawer-approve">
              {t('review.approve')}
            </Button>
          </Flex>
        ) : null
      }
    >
      {a ? (
        <>
          <Descriptions bordered size="small" column={screens.md ? 2 : 1}>
            <Descriptions.Item label={t('review.col.name')}>{a.name_en}</Descriptions.Item>
            <Descriptions.Item label={t('review.field.nameCh')}>{a.name_ch}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.type')}>{t(`common.type.${a.approval_type}`)}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.bizType')}>{bizTypeLabel(a.biz_type)}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.bizStatus')}>
              <StatusTag status={a.biz_status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('review.field.version')}>{a.biz_version}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.submitter')}>{a.create_by}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.submitTime')}>{formatTime(a.submit_time)}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.approver')}>{a.approver}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.decision')}>
              <StatusTag status={a.approval_status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('review.col.comment')}>{a.msg}</Descriptions.Item>
            <Descriptions.Item label={t('review.col.decidedAt')}>{formatTime(a.approval_time)}</Descriptions.Item>
            <Descriptions.Item label={t('review.field.directory')} span={screens.md ? 2 : 1}>
              {a.directory_path}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            {isEdit ? t('review.diff.title') : t('review.snapshot.title')}
          </Typography.Title>
          {object.isLoading ? (
            <Spin />
          ) : object.isError ? (
            <Alert type="info" showIcon title={t('review.snapshot.unavailable')} />
          ) : isEdit ? (
            <>
              <Typography.Paragraph type="secondary">{t('review.diff.hint')}</Typography.Paragraph>
              <Suspense fallback={<Spin />}>
                <DiffView
                  oldValue={comparable(publishedSnapshot(object.data!))}
                  newValue={comparable(a.biz_info_obj)}
                  leftTitle={t('review.diff.published', { version: object.data!.biz_version })}
                  rightTitle={t('review.diff.pending', { version: a.biz_version })}
                  split={!!screens.md}
                />
              </Suspense>
            </>
          ) : (
            <pre
              data-testid="snapshot"
              style={{ background: '#fafafa', padding: 12, fontSize: 12, overflowX: 'auto', whiteSpace: 'pre-wrap' }}
            >
              {comparable(a.biz_info_obj)}
            </pre>
          )}
        </>
      ) : null}
    </Drawer>
  );
}
