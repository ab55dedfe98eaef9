import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Input, Radio, Select, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import { useT } from '../../i18n';
import type { ApproverVO } from './wire';

/** How the batch is to be approved, and when it runs. */
export interface ApprovalChoice {
  mode: 'fast' | 'approver';
  approver?: { userId: string; userName: string };
  /** `HH:MM` from the time field; sent as the cloud's `mm_hh`. */
  time: string;
}

/** `18:30` → `30_18`, the cloud's `schedule_time`; empty stays empty. */
export function toScheduleTime(time: string): string | undefined {
  const m = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
  return m ? `${m[2]}_${m[1]}` : undefined;
}

// ListApprovers pages at 100: a workspace's reviewers fit.
const PAGE = 100;

/** The workspace's registered approvers. */
export function useApprovers() {
  const api = useApi();
  const { projectId, workspaceId } = useSession();
  return useQuery({
    queryKey: ['approvers', projectId, workspaceId],
    queryFn: async () =>
      unwrap(
        await api.GET('/v2/{project_id}/design/approvals/users', {
          params: { path: { project_id: projectId }, query: { limit: PAGE, offset: 0 } },
        }),
      ).data.value.records as ApproverVO[],
  });
}

interface Props {
  choice: ApprovalChoice;
  onChange: (c: ApprovalChoice) => void;
}

/** Fast approval (offered only to a registered approver, as the server allows only them) or an approver; an optional time. */
export default function ApprovalStep({ choice, onChange }: Props) {
  const t = useT();
  const { user } = useSession();
  const approvers = useApprovers();
  const registered = approvers.data?.some((a) => a.user_id === user.id) ?? false;

  // A user who is not a registered approver is never left with fast approval chosen.
  useEffect(() => {
    if (approvers.data && !registered && choice.mode === 'fast') onChange({ ...choice, mode: 'approver' });
  }, [approvers.data, registered, choice, onChange]);

  if (approvers.isLoading) return <Spin aria-label={t('common.loading')} />;
  const time = choice.time;
  const timeInvalid = time !== '' && toScheduleTime(time) === undefined;
  return (
    <Flex vertical gap={16}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>{t('objects.approval.how')}</legend>
        <Radio.Group
          value={choice.mode}
          onChange={(e) => onChange({ ...choice, mode: e.target.value })}
          options={[
            ...(registered ? [{ value: 'fast', label: t('objects.approval.fast') }] : []),
            { value: 'approver', label: t('objects.approval.byApprover') },
          ]}
        />
        {!registered ? (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t('objects.approval.fastOnlyApprovers')}
          </Typography.Paragraph>
        ) : null}
      </fieldset>
      {choice.mode === 'approver' ? (
        <div>
          <label htmlFor="wizard-approver" style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>
            {t('objects.approval.approver')}
          </label>
          {approvers.data?.length ? (
            <Select
              id="wizard-approver"
              data-testid="approver-select"
              showSearch
              optionFilterProp="label"
              style={{ width: '100%', maxWidth: 360 }}
              placeholder={t('objects.approval.pickApprover')}
              value={choice.approver?.userId}
              onChange={(userId: string) => {
                const a = approvers.data.find((x) => x.user_id === userId);
                if (a) onChange({ ...choice, approver: { userId: a.user_id, userName: a.user_name } });
              }}
              options={approvers.data.map((a) => ({
                value: a.user_id,
                label: a.approver_name === a.user_name ? a.user_name : `${a.approver_name} (${a.user_name})`,
              }))}
            />
          ) : (
            <Alert type="warning" showIcon message={t('objects.approval.noApprovers')} />
          )}
        </div>
      ) : null}
      <div>
        <label htmlFor="wizard-schedule" style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>
          {t('objects.approval.schedule')}
        </label>
        <Input
          id="wizard-schedule"
          data-testid="schedule-time"
          type="time"
          style={{ maxWidth: 160 }}
          value={time}
          status={timeInvalid ? 'error' : undefined}
          aria-describedby="wizard-schedule-hint"
          onChange={(e) => onChange({ ...choice, time: e.target.value })}
        />
        <Typography.Paragraph id="wizard-schedule-hint" type="secondary" style={{ margin: '4px 0 0' }}>
          {time && !timeInvalid ? t('objects.approval.scheduleAt', { mmhh: toScheduleTime(time)! }) : t('objects.approval.scheduleHint')}
        </Typography.Paragraph>
      </div>
    </Flex>
  );
}
