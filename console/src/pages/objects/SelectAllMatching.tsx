import { Button, Progress } from 'antd';
import { useState } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import { useT } from '../../i18n';
import { listQuery, pickOf, type ObjectFilter } from './filter';
import type { Picked } from './wire';

// The largest page the objects list serves.
const PAGE = 1000;

interface Props {
  filter: ObjectFilter;
  total: number;
  selected: number;
  onPicked: (all: Picked[]) => void;
}

/** Selects every object the filter matches, not only the page on screen: this is how a selection grows past 10,000. */
export default function SelectAllMatching({ filter, total, selected, onPicked }: Props) {
  const t = useT();
  const api = useApi();
  const { projectId } = useSession();
  const [loaded, setLoaded] = useState<number | null>(null);

  if (total === 0 || selected >= total) return null;
  if (loaded !== null) {
    return (
      <Progress
        style={{ width: 200 }}
        size="small"
        percent={Math.floor((loaded / total) * 100)}
        aria-label={t('objects.selectingAll')}
        data-testid="select-all-progress"
      />
    );
  }
  const run = async () => {
    setLoaded(0);
    const all: Picked[] = [];
    try {
      for (let offset = 0; offset < total; offset += PAGE) {
        const page = unwrap(
          await api.GET('/archgate/v1/{project_id}/objects', {
            params: { path: { project_id: projectId }, query: listQuery(filter, PAGE, offset) },
          }),
        ).data.value;
        all.push(...page.records.map(pickOf));
        setLoaded(all.length);
        if (page.records.length < PAGE) break;
      }
      onPicked(all);
    } catch (err) {
      showApiError(err);
    } finally {
      setLoaded(null);
    }
  };
  return (
    <Button onClick={() => void run()} data-testid="select-all-matching">
      {t('objects.selectAllMatching', { total })}
    </Button>
  );
}
