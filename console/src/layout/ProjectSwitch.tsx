import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { type MyProject, useSession, useSessionState } from '../api/session';
import { rememberSignIn, requestToken } from '../api/signin';
import { useT } from '../i18n';

/**
 * The project chooser in the header: the projects the user can work in (ArchgateShowMe). A token is scoped
 * to one project, so switching signs in to the other one as the sign-in page does (the password again,
 * the token never leaves this tab); the new project is then proposed at the next sign-in.
 */
export default function ProjectSwitch({ narrow }: { narrow: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projects, signIn } = useSessionState();
  const session = useSession();
  const [target, setTarget] = useState<MyProject | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ password: string }>();
  const listed = projects.length ? projects : [{ id: session.projectId, name: session.projectName }];

  const close = () => {
    setTarget(null);
    setError(null);
    form.resetFields();
  };
  const submit = async ({ password }: { password: string }) => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      const next = await requestToken({ domain: session.user.domain, user: session.user.name, password }, { id: target.id });
      rememberSignIn({ domain: session.user.domain, user: session.user.name, project: next.projectName });
      // Nothing read under the old project may show under the new one.
      queryClient.removeQueries();
      close();
      signIn(next);
      navigate('/console/review/pending');
    } catch (err) {
      setError(err instanceof ApiError ? err.body.error_msg || err.body.error_code : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Select
        aria-label={t('common.project')}
        data-testid="project-switcher"
        value={session.projectId}
        onChange={(id) => {
          const p = listed.find((x) => x.id === id);
          if (p && p.id !== session.projectId) setTarget(p);
        }}
        style={narrow ? { width: '100%', marginBottom: 12 } : { minWidth: 140, maxWidth: 220 }}
        popupMatchSelectWidth={false}
        options={listed.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Modal
        open={target !== null}
        title={t('common.switchProject.title', { project: target?.name ?? '' })}
        okText={t('common.switchProject.submit')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy, htmlType: 'submit', form: 'project-switch' }}
        onCancel={close}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('common.switchProject.hint', { project: target?.name ?? '' })}</Typography.Paragraph>
        {error ? <Alert data-testid="project-switch-error" type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form<{ password: string }> id="project-switch" form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="password" label={t('common.signin.password')} rules={[{ required: true, message: t('common.signin.required') }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
