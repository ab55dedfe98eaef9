import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import ResultTable, { type ResultItem } from '../../components/ResultTable';
import { useT } from '../../i18n';
import type { Approval, DecideResult } from './approvals';

export type Decision = 'resolve' | 'reject';

/** The per-item results of a decision, named from the applications decided (the answer names them by biz_id). */
export function resultItems(approvals: Approval[], result: DecideResult): ResultItem[] {
  const byBiz = new Map(approvals.map((a) => [a.biz_id, a]));
  return (result.groups ?? []).map((g, i) => {
    const a = g.biz_id ? byBiz.get(g.biz_id) : undefined;
    return {
      key: `${g.biz_id ?? i}`,
      name: a?.name_en ?? g.biz_name ?? g.biz_id ?? '',
      type: a?.biz_type ?? g.operation_type,
      result: g.operation_status,
      remark: g.remark,
    };
  });
}

interface Props {
  approvals: Approval[];
  decision: Decision | null;
  onClose: (decided: boolean) => void;
}

/** Approve or reject one or many applications with a comment (required to reject), then the per-item results. */
export default function DecideModal({ approvals, decision, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const { projectId } = useSession();
  const [form] = Form.useForm<{ msg: string }>();
  const [result, setResult] = useState<DecideResult | null>(null);

  useEffect(() => {
    if (decision) {
      setResult(null);
      form.resetFields();
    }
  }, [decision, form]);

  const decide = useMutation({
    mutationFn: async ({ msg }: { msg: string }) =>
      unwrap(
        await api.PUT('/v2/{project_id}/design/approvals/action', {
          params: { path: { project_id: projectId }, query: { 'action-id': decision! } },
          body: { ids: approvals.map((a) => a.id), msg: msg ?? '' },
        }),
      ).data.value,
    onSuccess: (value) => {
      setResult(value);
      queryClient.invalidateQueries({ queryKey: ['approvals'] });
    },
    onError: showApiError,
  });

  const title =
    decision === 'reject' ? t('review.rejectN', { count: approvals.length }) : t('review.approveN', { count: approvals.length });
  return (
    <Modal
      open={decision !== null}
      title={result ? t('review.results') : title}
      onCancel={() => onClose(result !== null)}
      destroyOnHidden
      width={720}
      footer={
        result ? (
          <Button type="primary" onClick={() => onClose(true)}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose(false)}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger={decision === 'reject'}
              loading={decide.isPending}
              onClick={() => form.submit()}
              data-testid="decide-confirm"
            >
              {decision === 'reject' ? t('review.reject') : t('review.approve')}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <>
          <Alert
            type={result.failed > 0 ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            title={t('review.resultSummary', { success: result.success, failed: result.failed })}
          />
          <ResultTable items={resultItems(approvals, result)} />
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => decide.mutate(v)}>
          <p>{approvals.map((a) => a.name_en).join(', ')}</p>
          <Form.Item
            name="msg"
            label={t('review.comment')}
            rules={[
              { required: decision === 'reject', whitespace: true, message: t('review.commentRequired') },
              { max: 500, message: t('review.commentTooLong') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('review.commentPlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
