import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError, setNotificationInstance } from './api/client';
import { SessionProvider } from './api/session';
import { LangProvider, useLang } from './i18n';
import AuthGuard from './layout/AuthGuard';
import NotFound from './layout/NotFound';
import SignIn from './pages/SignIn';

// Only sign-in loads with the app; each page when first opened, so that the first load stays small.
const Shell = lazy(() => import('./layout/Shell'));
const PendingReviewPage = lazy(() => import('./pages/review/PendingReviewPage'));
const ReviewedPage = lazy(() => import('./pages/review/ReviewedPage'));
const MyApplicationsPage = lazy(() => import('./pages/review/MyApplicationsPage'));
const ObjectsPage = lazy(() => import('./pages/objects/ObjectsPage'));
const BatchesPage = lazy(() => import('./pages/batches/BatchesPage'));
const BatchDetailPage = lazy(() => import('./pages/batches/BatchDetailPage'));
const ReviewersPage = lazy(() => import('./pages/reviewers/ReviewersPage'));
const MembersPage = lazy(() => import('./pages/members/MembersPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const AccessKeysPage = lazy(() => import('./pages/keys/AccessKeysPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not fix itself on retry; a network blip might.
    queries: { retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 2, refetchOnWindowFocus: false },
  },
});

// antd's default greys for secondary text and placeholders, its link blue and its status colours (tags draw
// them as text on their own light tint) fall below WCAG AA contrast (4.5:1).
const THEME = {
  token: {
    colorPrimary: '#1f5fbf',
    // Hovered and pressed, antd lightens the primary blue, to about 3:1 on white for a button's text under
    // the pointer: darker instead.
    colorPrimaryHover: '#17499a',
    colorPrimaryActive: '#123b7d',
    colorPrimaryTextHover: '#17499a',
    colorInfo: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorLinkHover: '#17499a',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.64)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.64)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    // People who ask their system for less motion get no zooms and fades (WCAG 2.3.3).
    motion: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
  },
};

function NotificationBridge() {
  const { notification } = AntApp.useApp();
  useEffect(() => setNotificationInstance(notification), [notification]);
  return null;
}

function Themed() {
  const { antdLocale } = useLang();
  return (
    <ConfigProvider locale={antdLocale} theme={THEME}>
      <AntApp>
        <NotificationBridge />
        <BrowserRouter>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />}>
            <Routes>
              <Route path="/console/signin" element={<SignIn />} />
              <Route element={<AuthGuard />}>
                <Route element={<Shell />}>
                  <Route path="/console/review/pending" element={<PendingReviewPage />} />
                  <Route path="/console/review/reviewed" element={<ReviewedPage />} />
                  <Route path="/console/review/mine" element={<MyApplicationsPage />} />
                  <Route path="/console/objects" element={<ObjectsPage />} />
                  <Route path="/console/batches" element={<BatchesPage />} />
                  <Route path="/console/batches/:id" element={<BatchDetailPage />} />
                  <Route path="/console/config/reviewers" element={<ReviewersPage />} />
                  <Route path="/console/config/members" element={<MembersPage />} />
                  <Route path="/console/config/audit" element={<AuditPage />} />
                  <Route path="/console/keys" element={<AccessKeysPage />} />
                  <Route path="/console" element={<Navigate to="/console/review/pending" replace />} />
                  <Route path="/console/*" element={<NotFound />} />
                </Route>
              </Route>
              <Route path="*" element={<Navigate to="/console/review/pending" replace />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export default function App() {
  // The shell and the inbox are fetched right after the first paint, while the user signs in.
  useEffect(() => {
    void import('./layout/Shell');
    void import('./pages/review/PendingReviewPage');
  }, []);
  return (
    <LangProvider>
      <SessionProvider>
        <QueryClientProvider client={queryClient}>
          <Themed />
        </QueryClientProvider>
      </SessionProvider>
    </LangProvider>
  );
}
