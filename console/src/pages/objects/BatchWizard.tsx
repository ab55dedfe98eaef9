import { Alert, Button, Flex, Modal, Steps, Table } from 'antd';
import { useMemo, useState } from 'react';
import { showApiError, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import StatusTag from '../../components/StatusTag';
import { useT } from '../../i18n';
import ApprovalStep, { toScheduleTime, type ApprovalChoice } from './ApprovalStep';
import ImpactStep, { useImpact } from './ImpactStep';
import ResultStep from './ResultStep';
import { MAX_BATCH, splitBatches } from './split';
import { submitBatch, type Submitted } from './submitBatch';
import type { BatchAction, Picked } from './wire';

interface Props {
  action: BatchAction;
  picked: Picked[];
  /** `changed`: a batch was sent, so lists on screen are stale. */
  onClose: (changed: boolean) => void;
}

/** Publish or take offline: select → impact → approval and schedule → result. */
export default function BatchWizard({ action, picked, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const { projectId, user } = useSession();
  const [step, setStep] = useState(0);
  const [cascade, setCascade] = useState(false);
  const [choice, setChoice] = useState<ApprovalChoice>({ mode: 'approver', time: '' });
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [sending, setSending] = useState(false);
  const impact = useImpact(action, picked);
  const slices = splitBatches(picked).length;

  const typeOf = useMemo(() => {
    const types = new Map<string, string>(picked.map((p) => [p.biz_id, p.biz_type]));
    for (const i of impact.data ?? []) for (const c of i.closure) types.set(c.biz_id, c.biz_type);
    return (id: string) => types.get(id);
  }, [picked, impact.data]);

  const ready = (choice.mode === 'fast' || !!choice.approver) && (choice.time === '' || toScheduleTime(choice.time) !== undefined);

  const send = async () => {
    setSending(true);
    setStep(3);
    try {
      const impactToken = impact.data?.length === 1 ? impact.data[0]!.impact_token : undefined;
      setSubmitted(
        await submitBatch({
          api,
          projectId,
          user,
          action,
          picked,
          choice,
          cascade,
          impactToken,
          onProgress: (done, total) => setProgress({ done, total }),
        }),
      );
    } catch (err) {
      showApiError(err);
      setStep(2);
    } finally {
      setSending(false);
    }
  };

  const footer = (
    <Flex justify="end" gap={8} wrap>
      {step > 0 && step < 3 ? <Button onClick={() => setStep(step - 1)}>{t('objects.wizard.back')}</Button> : null}
      {step < 2 ? (
        <Button type="primary" disabled={step === 1 && !impact.data} onClick={() => setStep(step + 1)}>
          {t('objects.wizard.next')}
        </Button>
      ) : null}
      {step === 2 ? (
        <Button type="primary" disabled={!ready} loading={sending} onClick={() => void send()} data-testid="wizard-submit">
          {t(`objects.wizard.submit.${action}`, { count: picked.length })}
        </Button>
      ) : null}
      {step === 3 ? (
        <Button type="primary" disabled={sending} onClick={() => onClose(true)} data-testid="wizard-close">
          {t('common.close')}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <Modal
      open
      title={t(`objects.wizard.title.${action}`, { count: picked.length })}
      width="min(960px, 100vw)"
      footer={footer}
      maskClosable={false}
      closable={!sending}
      onCancel={() => onClose(submitted !== null)}
      destroyOnHidden
    >
      <Steps
        current={step}
        size="small"
        responsive
        style={{ marginBottom: 16 }}
        items={[
          { title: t('objects.wizard.step.select') },
          { title: t('objects.wizard.step.impact') },
          { title: t('objects.wizard.step.approval') },
          { title: t('objects.wizard.step.result') },
        ]}
      />
      {step === 0 ? (
        <Flex vertical gap={12}>
          {slices > 1 ? (
            <Alert type="info" showIcon message={t('objects.wizard.split', { count: picked.length, slices, max: MAX_BATCH })} />
          ) : null}
          <Table<Picked>
            data-testid="wizard-selection"
            size="small"
            rowKey="biz_id"
            dataSource={picked}
            pagination={picked.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('common.result.name'), dataIndex: 'name' },
              { title: t('common.result.type'), dataIndex: 'biz_type', render: (b: string) => t(`common.bizType.${b}`) },
              { title: t('objects.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
            ]}
          />
        </Flex>
      ) : null}
      {step === 1 ? <ImpactStep action={action} picked={picked} impact={impact} cascade={cascade} onCascade={setCascade} /> : null}
      {step === 2 ? (
        <Flex vertical gap={12}>
          {action === 'OFFLINE' && cascade ? <Alert type="warning" showIcon message={t('objects.wizard.cascadeOn')} /> : null}
          <ApprovalStep choice={choice} onChange={setChoice} />
        </Flex>
      ) : null}
      {step === 3 ? <ResultStep progress={progress} submitted={submitted} typeOf={typeOf} /> : null}
    </Modal>
  );
}
