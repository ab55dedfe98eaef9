import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { takeSignInNotice, useSessionState } from '../api/session';
import { rememberSignIn, rememberedSignIn, requestToken } from '../api/signin';
import { type Lang, useLang, useT } from '../i18n';

interface SignInForm {
  domain: string;
  user: string;
  password: string;
  project: string;
}

/** Password sign-in through the IAM token API; the token lives in this tab's sessionStorage. */
export default function SignIn() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { lang, setLang } = useLang();
  const { signIn } = useSessionState();
  const [notice] = useState(takeSignInNotice);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  const submit = async (v: SignInForm) => {
    setBusy(true);
    setError(null);
    try {
      const session = await requestToken(v, { name: v.project });
      rememberSignIn(v);
      signIn(session);
      navigate(from?.startsWith('/console/') && !from.startsWith('/console/signin') ? from : '/console/review/pending', {
        replace: true,
      });
    } catch (err) {
      setError(err instanceof ApiError ? err.body.error_msg || err.body.error_code : String(err));
    } finally {
      setBusy(false);
    }
  };

  const initial = { domain: 'archgate', project: 'archgate', ...rememberedSignIn() };
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f7fa' }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Card>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('common.product')}</Typography.Text>
            <Select<Lang>
              aria-label={t('common.language')}
              data-testid="language-switch"
              size="small"
              value={lang}
              onChange={setLang}
              popupMatchSelectWidth={false}
              options={[
                { value: 'en', label: 'English' },
                { value: 'zh-CN', label: '简体中文' },
              ]}
            />
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 22 }}>
            {t('common.signin.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('common.signin.subtitle')}</Typography.Paragraph>
          {notice ? <Alert data-testid="signin-notice" type="warning" showIcon title={t(notice)} style={{ marginBottom: 16 }} /> : null}
          {error ? (
            <Alert
              data-testid="signin-error"
              type="error"
              showIcon
              title={t('common.signin.failed')}
              description={error}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Form<SignInForm> name="signin" layout="vertical" initialValues={initial} onFinish={submit} requiredMark={false}>
            <Form.Item name="domain" label={t('common.signin.domain')} rules={[{ required: true, message: t('common.signin.required') }]}>
              <Input autoComplete="organization" />
            </Form.Item>
            <Form.Item name="user" label={t('common.signin.user')} rules={[{ required: true, message: t('common.signin.required') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={!initial.user} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('common.signin.password')}
              rules={[{ required: true, message: t('common.signin.required') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus={!!initial.user} />
            </Form.Item>
            <Form.Item name="project" label={t('common.signin.project')} rules={[{ required: true, message: t('common.signin.required') }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('common.signin.submit')}
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  );
}
