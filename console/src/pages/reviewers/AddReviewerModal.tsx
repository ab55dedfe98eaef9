import { useMutation } from '@tanstack/react-query';
import { App, Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { showApiError, unwrap, useApi } from '../../api/client';
import { useSession } from '../../api/session';
import { useErrorNotification } from '../../components/useErrorNotification';
import { useT } from '../../i18n';
import { REVIEW_ROLES, useMembers } from '../members/members-api';
import type { NewReviewer, Reviewer } from './reviewer-types';

interface Values {
  user_id: string;
  approver_name: string;
  email?: string;
  phone_number?: string;
  notify: ('email' | 'sms')[];
}

/**
 * Add Reviewer: a workspace member who may review (admin or developer) and is not one yet, with the
 * email and mobile number the cloud asks for.
 */
export default function AddReviewerModal({
  open,
  registered,
  onClose,
  onAdded,
}: {
  open: boolean;
  registered: Reviewer[];
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = useT();
  const api = useApi();
  const { message } = App.useApp();
  const { projectId } = useSession();
  const [form] = Form.useForm<Values>();
  const members = useMembers(open);
  useErrorNotification(members.error);

  const candidates = useMemo(() => {
    const taken = new Set(registered.map((r) => r.user_id));
    return (members.data ?? []).filter((m) => REVIEW_ROLES.includes(m.role) && !taken.has(m.user_id));
  }, [members.data, registered]);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const create = useMutation({
    mutationFn: async (body: NewReviewer) =>
      unwrap(await api.POST('/v2/{project_id}/design/approvals/users', { params: { path: { project_id: projectId } }, body })).data.value,
    onSuccess: (r) => {
      message.success(t('reviewers.added', { name: r.approver_name }));
      onAdded();
      onClose();
    },
    onError: showApiError,
  });

  const submit = (v: Values) =>
    create.mutate({
      user_id: v.user_id,
      approver_name: v.approver_name.trim(),
      email: v.email?.trim() || null,
      phone_number: v.phone_number?.trim() || null,
      email_notify: v.notify.includes('email'),
      sms_notify: v.notify.includes('sms'),
    });

  return (
    <Modal
      open={open}
      title={t('reviewers.addTitle')}
      okText={t('reviewers.ok')}
      cancelText={t('reviewers.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {members.isSuccess && candidates.length === 0 ? <Alert type="info" showIcon title={t('reviewers.noCandidates')} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ notify: ['email', 'sms'] }} name="add-reviewer">
        <Form.Item
          name="user_id"
          label={t('reviewers.field.member')}
          extra={t('reviewers.field.memberHelp')}
          rules={[{ required: true, message: t('reviewers.field.memberRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={members.isLoading}
            options={candidates.map((m) => ({ value: m.user_id, label: `${m.user_name ?? m.user_id} (${t(`members.role.${m.role}`)})` }))}
            onChange={(id: string) => {
              const m = candidates.find((c) => c.user_id === id);
              if (m && !form.getFieldValue('approver_name')) form.setFieldValue('approver_name', m.user_name ?? m.user_id);
            }}
          />
        </Form.Item>
        <Form.Item
          name="approver_name"
          label={t('reviewers.field.name')}
          rules={[{ required: true, whitespace: true, max: 100, message: t('reviewers.field.nameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('reviewers.field.email')} rules={[{ type: 'email', message: t('reviewers.field.emailInvalid') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone_number" label={t('reviewers.field.phone')}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="notify" label={t('reviewers.field.notify')}>
          <Checkbox.Group
            options={[
              { value: 'email', label: t('reviewers.field.notifyEmail') },
              { value: 'sms', label: t('reviewers.field.notifySms') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
