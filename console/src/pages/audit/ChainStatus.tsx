import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useT } from '../../i18n';

/** The verdict of ArchgateVerifyAudit on the project's hash chain, walked again on demand. */
export default function ChainStatus() {
  const t = useT();
  const api = useApi();
  const { projectId } = useSession();
  const verdict = useQuery({
    queryKey: ['audit-verify', projectId],
    queryFn: async () =>
      unwrap(await api.GET('/archgate/v1/{project_id}/audit/verify', { params: { path: { project_id: projectId } } })).data.value,
  });
  useErrorNotification(verdict.error);

  const again = (
    <Button size="small" onClick={() => verdict.refetch()} loading={verdict.isFetching}>
      {t('audit.refresh')}
    </Button>
  );
  const style = { marginBottom: 16 };
  if (verdict.isLoading) {
    return (
      <Alert
        style={style}
        type="info"
        data-testid="chain-status"
        title={
          <span>
            <Spin size="small" /> {t('audit.chain.verifying')}
          </span>
        }
      />
    );
  }
  const v = verdict.data;
  if (!v) return null;
  if (v.ok) {
    return (
      <Alert
        style={style}
        type="success"
        showIcon
        icon={<SafetyCertificateOutlined />}
        data-testid="chain-status"
        role="status"
        title={t('audit.chain.ok', { checked: v.checked })}
        action={again}
      />
    );
  }
  const bad = v.first_bad!;
  return (
    <Alert
      style={style}
      type="error"
      showIcon
      data-testid="chain-status"
      role="alert"
      title={t('audit.chain.bad', { seq: bad.seq, reason: t(`audit.chain.${bad.reason}`), checked: v.checked })}
      description={t('audit.chain.badHelp')}
      action={again}
    />
  );
}
