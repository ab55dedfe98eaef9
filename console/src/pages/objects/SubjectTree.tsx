import { useQueryClient } from '@tanstack/react-query';
import { Spin, Tree, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import { useT } from '../../i18n';
import type { CatalogVO } from './wire';

// The subject API pages at 100; a level rarely holds more, and the rest stay reachable by name search.
const PAGE = 100;

interface Props {
  selected: string | null;
  onSelect: (subject: { id: string; name: string } | null) => void;
}

const labelOf = (s: CatalogVO) => (s.name_ch && s.name_ch !== s.name_en ? `${s.name_en} (${s.name_ch})` : s.name_en);
const toNode = (s: CatalogVO): TreeDataNode => ({ key: s.id, title: labelOf(s) });

function attach(nodes: TreeDataNode[], key: string, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((n) => {
    if (n.key === key) return { ...n, children, isLeaf: children.length === 0 };
    return n.children ? { ...n, children: attach(n.children, key, children) } : n;
  });
}

/** The subject hierarchy (L1 > L2 > ...), loaded one level at a time as the user opens it. */
export default function SubjectTree({ selected, onSelect }: Props) {
  const api = useApi();
  const t = useT();
  const { projectId, workspaceId } = useSession();
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<TreeDataNode[] | null>(null);
  const [names, setNames] = useState(new Map<string, string>());

  const load = useCallback(
    async (parentId: string) => {
      const page = await queryClient.fetchQuery({
        queryKey: ['subjects', projectId, workspaceId, parentId],
        queryFn: async () =>
          unwrap(
            await api.GET('/v3/{project_id}/design/subjects', {
              params: { path: { project_id: projectId }, query: { parent_id: parentId, limit: PAGE } },
            }),
          ).data.value,
      });
      setNames((m) => new Map([...m, ...page.records.map((r) => [r.id, labelOf(r)] as const)]));
      return page.records.map(toNode);
    },
    [api, projectId, workspaceId, queryClient],
  );

  useEffect(() => {
    let live = true;
    setNodes(null);
    load('-1').then(
      (top) => live && setNodes(top),
      (err: unknown) => {
        if (!live) return;
        setNodes([]);
        showApiError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (nodes === null) return <Spin size="small" aria-label={t('objects.loadingSubjects')} />;
  if (nodes.length === 0) return <p className="objects-subjects-empty">{t('objects.noSubjects')}</p>;
  return (
    <Tree
      blockNode
      treeData={nodes}
      selectedKeys={selected ? [selected] : []}
      loadData={async (node) => {
        if (node.children) return;
        try {
          const children = await load(String(node.key));
          setNodes((cur) => (cur ? attach(cur, String(node.key), children) : cur));
        } catch (err) {
          showApiError(err);
        }
      }}
      onSelect={(keys) => {
        const id = keys[0] === undefined ? null : String(keys[0]);
        onSelect(id ? { id, name: names.get(id) ?? id } : null);
      }}
      aria-label={t('objects.subjectTree')}
    />
  );
}
