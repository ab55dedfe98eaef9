import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Flex, Progress, Spin, Table, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useState } from 'react';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import StatusTag from '../../components/StatusTag';
import { type Translate, useT } from '../../i18n';
import { runInBatches } from './split';
import type { BatchAction, ImpactNode, ImpactVO, Picked } from './wire';

// Solid tags with white text: antd's light preset tags (red, orange, green) fall below WCAG AA contrast.
const MARK = { bad: '#a8071a', warn: '#ad4e00', good: '#237804' } as const;

/** The previews of every slice of the selection, in order (one per call the batch itself will make). */
export type Impacts = ImpactVO[];

/** Fetches the impact preview of the selection, one call per slice of at most 10,000. */
export function useImpact(action: BatchAction, picked: readonly Picked[]) {
  const api = useApi();
  const { projectId, workspaceId } = useSession();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const query = useQuery({
    queryKey: ['impact', projectId, workspaceId, action, picked.map((p) => p.biz_id).join(',')],
    staleTime: 0,
    gcTime: 0,
    queryFn: () =>
      runInBatches(
        picked,
        async (slice) =>
          unwrap(
            await api.POST('/archgate/v1/{project_id}/impact', {
              params: { path: { project_id: projectId } },
              body: { action, biz_infos: slice.map((p) => ({ biz_id: p.biz_id, biz_type: p.biz_type })) },
            }),
          ).data.value,
        (done, total) => setProgress({ done, total }),
      ),
  });
  return { ...query, progress };
}

/** How a node of the tree stands towards the batch: selected, blocking it, or carried along by the cascade. */
type Role = 'selected' | 'blocking' | 'cascaded';

function roleOf(node: ImpactNode, action: BatchAction, selected: ReadonlySet<string>, cascade: boolean): Role {
  if (node.depth === 0 || selected.has(node.biz_id)) return 'selected';
  return action === 'OFFLINE' && cascade ? 'cascaded' : 'blocking';
}

function toTree(
  nodes: ImpactNode[],
  path: string,
  action: BatchAction,
  selected: ReadonlySet<string>,
  cascade: boolean,
  t: Translate,
): TreeDataNode[] {
  return nodes.map((n) => {
    const key = `${path}/${n.biz_id}`;
    const role = roleOf(n, action, selected, cascade);
    return {
      key,
      title: (
        <span data-testid={`impact-node-${n.biz_id}`} data-depth={n.depth} data-role={role}>
          <strong>{n.name}</strong> <Typography.Text type="secondary">{t(`common.bizType.${n.biz_type}`)}</Typography.Text>{' '}
          <StatusTag status={n.status} />
          <Tag>{t('objects.impact.depth', { depth: n.depth })}</Tag>
          {role === 'blocking' ? <Tag color={MARK.bad}>{t(`objects.impact.blocking.${action}`)}</Tag> : null}
          {role === 'cascaded' ? <Tag color={MARK.warn}>{t('objects.impact.cascaded')}</Tag> : null}
        </span>
      ),
      children: toTree(n.children, key, action, selected, cascade, t),
    };
  });
}

const countNodes = (nodes: ImpactNode[]): number => nodes.reduce((n, c) => n + 1 + countNodes(c.children), 0);

interface Props {
  action: BatchAction;
  picked: readonly Picked[];
  impact: ReturnType<typeof useImpact>;
  cascade: boolean;
  onCascade: (on: boolean) => void;
}

/** The impact preview: each selected object's verdict, and the tree of dependants (offline) or prerequisites (publish). */
export default function ImpactStep({ action, picked, impact, cascade, onCascade }: Props) {
  const t = useT();
  if (impact.isError)
    return <Alert type="error" showIcon message={t('objects.impact.failed')} description={String(impact.error.message)} />;
  if (!impact.data) {
    return (
      <Flex vertical align="center" gap={8} style={{ padding: 24 }}>
        <Spin aria-label={t('objects.impact.loading')} />
        {impact.progress.total > 1 ? (
          <Progress percent={Math.floor((impact.progress.done / impact.progress.total) * 100)} style={{ width: 240 }} />
        ) : null}
      </Flex>
    );
  }
  const selected = new Set(picked.map((p) => p.biz_id));
  const tree = impact.data.flatMap((i) => i.tree as unknown as ImpactNode[]);
  const items = impact.data.flatMap((i) => i.items);
  const dependants = countNodes(tree) - tree.length;
  const failing = items.filter((i) => !i.passes).length;
  const big = countNodes(tree) > 300;
  return (
    <Flex vertical gap={12}>
      <Alert
        type={dependants > 0 && !(action === 'OFFLINE' && cascade) ? 'warning' : 'info'}
        showIcon
        message={t(`objects.impact.summary.${action}`, { dependants, failing, total: items.length })}
      />
      {action === 'OFFLINE' ? (
        <Checkbox checked={cascade} onChange={(e) => onCascade(e.target.checked)} data-testid="cascade">
          {t('objects.impact.cascade')}
        </Checkbox>
      ) : null}
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {t(`objects.impact.treeTitle.${action}`)}
      </Typography.Title>
      <Tree
        data-testid="impact-tree"
        aria-label={t(`objects.impact.treeTitle.${action}`)}
        treeData={toTree(tree, '', action, selected, cascade, t)}
        defaultExpandAll
        selectable={false}
        // Thousands of nodes stay responsive only when the tree renders what is in view.
        height={big ? 420 : undefined}
        virtual={big}
      />
      <Table
        data-testid="impact-items"
        size="small"
        rowKey="biz_id"
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('common.result.name'), dataIndex: 'name' },
          { title: t('common.result.type'), dataIndex: 'biz_type', render: (b: string) => t(`common.bizType.${b}`) },
          {
            title: t('objects.impact.verdict'),
            dataIndex: 'passes',
            render: (ok: boolean) => (
              <Tag color={ok ? MARK.good : MARK.bad}>{t(ok ? 'objects.impact.passes' : 'objects.impact.fails')}</Tag>
            ),
          },
          { title: t('common.result.remark'), dataIndex: 'remark' },
        ]}
      />
    </Flex>
  );
}
