import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from '../src/api/routes/console.js';
import { ERRORS } from '../src/domain/errors.js';
import { DESKTOP, PHONE, eventually, openConsole, type ConsoleHarness } from './helpers/browser.js';
import { ADMIN_PASSWORD, USER_PASSWORD, addUser, loginAs } from './helpers/server.js';

/** Issue 13: the console is served by archgate itself, signs in through the IAM token API, and speaks two languages. */

describe('serving the console (sqlite)', () => {
  let h: ConsoleHarness;
  beforeAll(async () => {
    h = await openConsole('sqlite');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('redirects / to /console/, answers deep links with the app and a missing asset with 404, all without credentials', async () => {
    const root = await fetch(`${h.server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/console/');
    for (const path of ['/console/', '/console/review/pending', '/console/batches/123', '/console/no/such/page']) {
      const r = await fetch(`${h.server.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/text\/html/);
      expect(await r.text()).toContain('<div id="root">');
    }
    const html = await (await fetch(`${h.server.url}/console/`)).text();
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const js = await fetch(`${h.server.url}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    const plain = await js.arrayBuffer();
    // Served as built: brotli or gzip when the browser takes it (fetch decodes it again).
    for (const encoding of ['br', 'gzip']) {
      const r = await fetch(`${h.server.url}${asset}`, { headers: { 'accept-encoding': encoding } });
      expect(r.headers.get('content-encoding')).toBe(encoding);
      expect(Buffer.from(await r.arrayBuffer()).equals(Buffer.from(plain))).toBe(true);
    }
    expect((await fetch(`${h.server.url}/console/assets/missing-0000.js`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/console/../package.json`)).status).not.toBe(200);
    expect((await fetch(`${h.server.url}/console/%2e%2e/package.json`)).status).not.toBe(200);
  });

  it('keeps the console out of the OpenAPI document', async () => {
    const doc = await (await fetch(`${h.server.url}/docs/json`)).json();
    expect(Object.keys(doc.paths).filter((p) => p === '/' || p.startsWith('/console'))).toEqual([]);
    expect(Object.keys(doc.paths)).toContain('/archgate/v1/{project_id}/me');
  });

  it('signs in: a wrong password shows the IAM message and stays; the right one opens Pending Review', async () => {
    const page = h.page;
    await page.goto(`${h.server.url}/`);
    await page.waitForURL(/\/console\/signin$/, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await h.axe(page)).toEqual([]);
    await h.screenshot(page, 'signin');
    await page.locator('#signin_user').fill('admin');
    await page.locator('#signin_password').fill('wrong-password-1');
    await page.locator('button[type=submit]').click();
    await eventually(() => page.getByTestId('signin-error').textContent()).toContain(ERRORS.IAM_BAD_CREDENTIALS.message);
    expect(new URL(page.url()).pathname).toBe('/console/signin');

    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    expect(new URL(page.url()).pathname).toBe('/console/review/pending');
    await page.getByRole('heading', { level: 1, name: 'Pending Review' }).waitFor();
    await eventually(() => page.getByTestId('user-menu').textContent()).toContain('admin');
    expect(await page.getByTestId('workspace-switcher').textContent()).toContain('default');
    expect(await page.getByTestId('project-switcher').textContent()).toContain('archgate');
    const stored = await page.evaluate(() => sessionStorage.getItem('archgate.session'));
    expect(JSON.parse(stored!)).toMatchObject({ user: { name: 'admin', domain: 'archgate' }, projectId: h.server.projectId });
    await page.getByTestId('empty-state').waitFor();
    expect(await h.axe(page)).toEqual([]);
  });

  it('a 401 from the API sends the user back to sign-in with a message; sign-out clears the session', async () => {
    const page = await h.newPage();
    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    // A token the server no longer accepts (as after a password change): the next call answers 401.
    await page.evaluate(() => {
      const s = JSON.parse(sessionStorage.getItem('archgate.session')!);
      sessionStorage.setItem('archgate.session', JSON.stringify({ ...s, token: `${s.token}x` }));
    });
    await page.reload();
    await page.waitForURL(/\/console\/signin$/, { waitUntil: 'commit' });
    await eventually(() => page.getByTestId('signin-notice').textContent()).toContain('session has expired');

    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/signin$/, { waitUntil: 'commit' });
    expect(await page.evaluate(() => sessionStorage.getItem('archgate.session'))).toBeNull();
    await page.goto(`${h.server.url}/console/review/mine`);
    await page.waitForURL(/\/console\/signin$/, { waitUntil: 'commit' });
    await page.context().close();
  });

  it('chooses among the workspaces the user belongs to, and remembers the choice', async () => {
    const ws = await h.server.call('POST', '/archgate/v1/{p}/workspaces', { workspace: null, body: { name: 'second' } });
    expect(ws.status).toBe(200);
    const dev = await addUser(h.server, 'signin_dev', 'developer');
    await h.server.call('PUT', `/archgate/v1/{p}/workspaces/${ws.body.data.value.id}/members/${dev.id}`, {
      workspace: null,
      body: { role: 'viewer' },
    });
    const page = await h.newPage();
    await h.signIn(page, { user: 'signin_dev', password: USER_PASSWORD });
    await page.getByTestId('workspace-switcher').click();
    const options = page.locator('.ant-select-item-option');
    await eventually(() => options.allTextContents()).toEqual(['default', 'second']);
    await options.filter({ hasText: 'second' }).click();
    await eventually(() => page.getByTestId('workspace-switcher').textContent()).toContain('second');
    // The pages now send the chosen workspace: the request carries its id.
    const sent = page.waitForRequest((r) => r.url().includes('/design/approvals') && r.headers().workspace === ws.body.data.value.id);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await sent;
    await page.reload();
    await eventually(() => page.getByTestId('workspace-switcher').textContent()).toContain('second');
    await page.context().close();
  });

  it('chooses among the projects the user belongs to, signs in to the other one, and remembers it', async () => {
    const made = await h.server.call('POST', '/archgate/v1/projects', { workspace: null, body: { name: 'second_proj' } });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const second: string = made.body.data.value.id;
    const adminThere = await loginAs(h.server, 'admin', second, ADMIN_PASSWORD);
    const ws = await h.server.call('POST', `/archgate/v1/${second}/workspaces`, {
      token: adminThere,
      workspace: null,
      body: { name: 'ws_b' },
    });
    expect(ws.status, JSON.stringify(ws.body)).toBe(200);
    const user = await addUser(h.server, 'signin_proj', 'developer');
    const put = await h.server.call('PUT', `/archgate/v1/${second}/workspaces/${ws.body.data.value.id}/members/${user.id}`, {
      token: adminThere,
      workspace: null,
      body: { role: 'viewer' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    // A project of the domain this user has no workspace in is not offered.
    expect((await h.server.call('POST', '/archgate/v1/projects', { workspace: null, body: { name: 'not_mine' } })).status).toBe(200);

    const page = await h.newPage();
    await h.signIn(page, { user: 'signin_proj', password: USER_PASSWORD });
    const stored = async () => JSON.parse((await page.evaluate(() => sessionStorage.getItem('archgate.session')))!);
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await eventually(() => page.getByTestId('project-switcher').textContent()).toContain('archgate');
    await page.getByTestId('project-switcher').click();
    await eventually(() => options.allTextContents()).toEqual(['archgate', 'second_proj']);
    await options.filter({ hasText: 'second_proj' }).click();
    const dialog = page.getByRole('dialog', { name: 'Switch to project second_proj' });
    await dialog.waitFor();
    expect(await h.axe(page)).toEqual([]);
    // A wrong password: the message, and the session stays where it was.
    await dialog.getByLabel('Password').fill('wrong-password-1');
    await dialog.getByRole('button', { name: 'Switch' }).click();
    await eventually(() => page.getByTestId('project-switch-error').textContent()).toContain(ERRORS.IAM_BAD_CREDENTIALS.message);
    expect((await stored()).projectId).toBe(h.server.projectId);
    await dialog.getByLabel('Password').fill(USER_PASSWORD);
    await dialog.getByRole('button', { name: 'Switch' }).click();
    await eventually(() => page.getByTestId('project-switcher').textContent()).toContain('second_proj');
    await eventually(() => page.getByTestId('workspace-switcher').textContent()).toContain('ws_b');
    await page.getByRole('heading', { level: 1, name: 'Pending Review' }).waitFor();
    // The new token is scoped to the chosen project, as the API holds it.
    const now = await stored();
    expect(now).toMatchObject({ projectId: second, projectName: 'second_proj', user: { id: user.id } });
    const me = await h.server.call('GET', `/archgate/v1/${second}/me`, { token: now.token, workspace: null });
    expect(me.status, JSON.stringify(me.body)).toBe(200);
    expect(me.body.data.value.project).toEqual({ id: second, name: 'second_proj' });
    expect(me.body.data.value.workspaces.map((w: { name: string }) => w.name)).toEqual(['ws_b']);
    // The lists now ask the second project.
    const sent = page.waitForRequest((r) => r.url().includes(`/v2/${second}/design/approvals`));
    await page.getByRole('button', { name: 'Refresh' }).click();
    await sent;
    await page.reload();
    await eventually(() => page.getByTestId('project-switcher').textContent()).toContain('second_proj');
    // Remembered: the next sign-in proposes the project last chosen.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/signin$/, { waitUntil: 'commit' });
    expect(await page.locator('#signin_project').inputValue()).toBe('second_proj');
    await page.context().close();
  });

  it('switches language (English / 简体中文) and remembers it', async () => {
    const page = await h.newPage();
    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '简体中文' }).click();
    await page.getByRole('heading', { level: 1, name: '待审核' }).waitFor();
    expect(await page.getByRole('navigation').textContent()).toContain('审核中心');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '待审核' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.context().close();
  });

  it('fits a 390 px phone: no sideways scrolling of the page, the navigation folds away', async () => {
    const page = await h.newPage(PHONE);
    await h.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    await page.getByRole('heading', { level: 1, name: 'Pending Review' }).waitFor();
    await eventually(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await h.axe(page)).toEqual([]);
    await h.screenshot(page, 'phone');
    await page.getByRole('button', { name: 'Main navigation' }).click();
    await page.getByRole('navigation').getByText('My Applications').click();
    await page.getByRole('heading', { level: 1, name: 'My Applications' }).waitFor();
    await eventually(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    await page.context().close();
  });
});

describe('a console that was not built', () => {
  it('answers /console/ with a 503 page that says how to build it, not a 500', async () => {
    const app = Fastify();
    await app.register(consoleRoutes(mkdtempSync(join(tmpdir(), 'archgate-nodist-'))));
    const r = await app.inject({ method: 'GET', url: '/console/review/pending' });
    expect(r.statusCode).toBe(503);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.body).toContain('npm start');
    expect(r.body).toContain('npm run console:build');
    await app.close();
  });
});

describe('console translations', () => {
  const families = ['common', 'review', 'objects', 'batches', 'reviewers', 'audit', 'members', 'keys'];
  const dir = new URL('../console/src/i18n/', import.meta.url);
  const load = async (lang: string, family: string) =>
    (await import(new URL(`${lang}/${family}.ts`, dir).href)).default as Record<string, string>;

  it('has the eight families in both languages and no other', () => {
    for (const lang of ['en', 'zh-CN']) {
      expect(
        readdirSync(new URL(`${lang}/`, dir))
          .map((f) => f.replace(/\.ts$/, ''))
          .sort(),
      ).toEqual([...families].sort());
    }
  });

  it.each(families)('%s: every key exists in both languages, non-empty, prefixed by its family', async (family) => {
    const en = await load('en', family);
    const zh = await load('zh-CN', family);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(k.startsWith(`${family}.`), k).toBe(true);
      expect(v.trim(), k).not.toBe('');
    }
  });

  it('names every business type and status of the API in both languages, each differently', async () => {
    const { BIZ_STATUSES, BIZ_TYPES } = await import('../src/domain/enums.js');
    const [en, zh] = [await load('en', 'common'), await load('zh-CN', 'common')];
    for (const key of [...BIZ_TYPES.map((b) => `common.bizType.${b}`), ...BIZ_STATUSES.map((st) => `common.status.${st}`)]) {
      expect(en[key], key).toBeTruthy();
      expect(zh[key], key).toBeTruthy();
      expect(zh[key], key).not.toBe(en[key]);
    }
  });

  it('every key the console source names literally is defined', async () => {
    const all = new Set<string>();
    for (const f of families) for (const k of Object.keys(await load('en', f))) all.add(k);
    const { readFileSync } = await import('node:fs');
    const src = new URL('../console/src/', import.meta.url);
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.startsWith('i18n'));
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(new URL(f, src), 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) if (!all.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
