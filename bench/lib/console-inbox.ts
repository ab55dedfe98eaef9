import { launchBrowser } from '../../test/helpers/chromium.js';
import { median } from './stats.js';

export interface ConsoleInboxOptions {
  /** archgate's base URL, serving the built console at /console/. */
  url: string;
  domain: string;
  user: string;
  password: string;
  projectId: string;
  workspaceId: string;
  runs: number;
  /** How long one load may take before the measurement fails, ms (120,000 unless given). */
  timeoutMs?: number;
}

export interface ConsoleInboxResult {
  /** Median ms from navigating to Pending Review until its first page of rows is on screen. */
  medianMs: number;
  /** Every run, the first with a cold browser cache. */
  samplesMs: number[];
  /** The list's total, as the page shows it (a check that the page read the database it was pointed at). */
  rows: number;
}

/**
 * The reviewer's inbox in a real browser: signs the user in through the IAM token API, then loads
 * /console/review/pending `runs` times in one tab and measures, with the page's own clock (ms since
 * navigation start), when the first row of the list is rendered.
 */
export async function measureConsoleInbox(opts: ConsoleInboxOptions): Promise<ConsoleInboxResult> {
  const login = await fetch(`${opts.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: opts.user, password: opts.password, domain: { name: opts.domain } } },
        },
        scope: { project: { id: opts.projectId } },
      },
    }),
  });
  if (login.status !== 201) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const body = (await login.json()) as any;
  // The shapes console/src/api/session.ts keeps in sessionStorage and localStorage.
  const session = {
    token: login.headers.get('x-subject-token'),
    expiresAt: body.token.expires_at,
    user: { id: body.token.user.id, name: body.token.user.name, domain: body.token.user.domain.name },
    projectId: body.token.project.id,
    projectName: body.token.project.name,
  };
  const workspaceKey = `archgate.workspace.${session.user.domain}.${session.user.name}.${session.projectId}`;

  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await context.addInitScript(
      ([s, key, ws]) => {
        sessionStorage.setItem('archgate.session', s);
        localStorage.setItem(key, ws);
        localStorage.setItem('archgate.lang', 'en');
      },
      [JSON.stringify(session), workspaceKey, opts.workspaceId] as const,
    );
    const page = await context.newPage();
    const samplesMs: number[] = [];
    let rows = 0;
    for (let i = 0; i < opts.runs; i++) {
      await page.goto(`${opts.url}/console/review/pending`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => (document.querySelector('[data-testid="approvals-pending"] .ant-table-row') ? performance.now() : 0),
        undefined,
        { polling: 'raf', timeout: opts.timeoutMs ?? 120_000 },
      );
      samplesMs.push(Math.round((await handle.jsonValue()) as number));
      const total = (await page.locator('.ant-pagination-total-text').first().textContent()) ?? '';
      rows = Number(total.replace(/\D/g, '')) || 0;
    }
    return { medianMs: median(samplesMs), samplesMs, rows };
  } finally {
    await browser.close();
  }
}
