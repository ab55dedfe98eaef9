import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ensureConsoleBuilt } from '../../scripts/console-build.mjs';
import { launchBrowser } from './chromium.js';
import { type Engine, startServer, type TestServer } from './server.js';

export interface Credentials {
  domain?: string;
  user: string;
  password: string;
  project?: string;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface ConsoleHarness {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Opens a new page (a fresh context: its own sessionStorage and localStorage) at the given size. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  signIn(page: Page, c: Credentials): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  axe(page: Page): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

/** expect.poll with room for a loaded machine (its default gives up after one second). */
export const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

const require = createRequire(import.meta.url);
const docsDir = fileURLToPath(new URL('../../docs/console', import.meta.url));
let shotsDir: string | undefined;

/** Fills the sign-in form and waits until the console has left it (or shows why it could not). */
export async function signIn(page: Page, c: Credentials): Promise<void> {
  const base = new URL(page.url()).origin;
  if (!page.url().includes('/console/signin')) await page.goto(`${base}/console/signin`);
  await page.locator('#signin_domain').fill(c.domain ?? 'archgate');
  await page.locator('#signin_user').fill(c.user);
  await page.locator('#signin_password').fill(c.password);
  if (c.project) await page.locator('#signin_project').fill(c.project);
  await page.locator('button[type=submit]').click();
  // Past the sign-in page and the redirect of /console/ to the page the user lands on.
  await page.waitForURL((u) => !u.pathname.startsWith('/console/signin') && u.pathname !== '/console/', {
    waitUntil: 'commit',
  });
}

/** Writes docs/console/<name>.png with ARCHGATE_SCREENSHOTS=1 (the README's pictures), else a temp file. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (process.env.ARCHGATE_SCREENSHOTS !== '1' && !shotsDir) shotsDir = mkdtempSync(join(tmpdir(), 'archgate-shots-'));
  const dir = process.env.ARCHGATE_SCREENSHOTS === '1' ? docsDir : shotsDir!;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Runs axe-core in the page and answers its serious and critical violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Colours read mid-fade are not the page's: wait for every finite animation to end first.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document): Promise<{ violations: any[] }> } };
    const r = await w.axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: { target: string[] }) => n.target.join(' ')) }));
  });
}

/**
 * A real archgate serving the built console (built first if stale), and a headless Chromium with one page
 * open at the console's sign-in, 1280×800.
 */
export async function openConsole(engine: Engine, env: Record<string, string> = {}): Promise<ConsoleHarness> {
  ensureConsoleBuilt({ log: () => {} });
  const server = await startServer(engine, env);
  const browser = await launchBrowser();
  const newPage = async (viewport = DESKTOP) => {
    // Reduced motion: the console then drops antd's zooms and fades (App.tsx), so that no click or axe
    // check lands on a dialog still animating, which on a loaded machine takes long enough to matter.
    const context = await browser.newContext({ viewport, locale: 'en-US', reducedMotion: 'reduce' });
    const p = await context.newPage();
    await p.goto(`${server.url}/console/signin`);
    return p;
  };
  const page = await newPage();
  return {
    server,
    browser,
    page,
    newPage,
    signIn,
    screenshot,
    axe,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
