import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH, mergeBatches, splitBatches } from '../console/src/pages/objects/split.js';
import { ADMIN_PASSWORD, batchBody, createObjects, statusOf, type TestServer } from './helpers/server.js';
import { type ConsoleHarness, openConsole, PHONE } from './helpers/browser.js';

/** The screen catches up with the server asynchronously (fetches, polling): wait for it, not for a fixed time. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** axe once every animation has finished: a tag or dialog caught mid-fade would be judged on its passing colours. */
async function axeSettled(c: ConsoleHarness, page: Page) {
  // Endless ones (a running batch's shimmering bar) never finish and keep their colours: they are not waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
  return c.axe(page);
}

const TZ = 'Asia/Shanghai';
const HOUR = 3600_000;

/** The server's (test) clock `ms` from now, as the HH:MM a person types into the schedule field. */
async function wallClockIn(s: TestServer, ms: number): Promise<string> {
  const now = new Date((await s.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 0 } })).body.data.value.now);
  return new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(
    new Date(now.getTime() + ms),
  );
}

/** How much of a progress bar is drawn filled, 0 to 1: what a person sees, not the number behind it. */
const filled = (bar: Locator) =>
  bar
    .locator('.ant-progress-rail > .ant-progress-track')
    .first()
    .evaluate((el) => el.getBoundingClientRect().width / (el.parentElement as HTMLElement).getBoundingClientRect().width);

describe('console: a scheduled batch followed live to its end (sqlite, test clock)', () => {
  let c: ConsoleHarness;
  let page: Page;
  let ids: string[];
  let groupId: string;
  beforeAll(async () => {
    c = await openConsole('sqlite', { ARCHGATE_CLOCK: 'test', ARCHGATE_TZ: TZ });
    ids = await createObjects(c.server, 'TABLE_MODEL', ['sched_orders', 'sched_refunds']);
    page = c.page;
    await c.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  it('shows an empty batches list that says what to do next', async () => {
    await page.goto(`${c.server.url}/console/batches`);
    await eventually(() => page.getByTestId('empty-state').textContent()).toContain('No batches yet');
  });

  it('submits a publish scheduled two hours ahead: the result says RUNNING and nothing is published yet', async () => {
    await page.goto(`${c.server.url}/console/objects`);
    const table = page.getByTestId('objects-table');
    await eventually(() => table.locator('tbody tr.ant-table-row').count()).toBe(2);
    // The header checkbox selects the page.
    await table.locator('thead').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Publish' }).click();
    const wizard = page.getByRole('dialog');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await eventually(() => wizard.getByTestId('impact-items').locator('tbody tr.ant-table-row').count()).toBe(2);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByText('Fast approval (approve it myself now)').click();
    const at = await wallClockIn(c.server, 2 * HOUR);
    await wizard.getByTestId('schedule-time').fill(at);
    const [hh, mm] = at.split(':');
    await eventually(() => wizard.getByText(`schedule_time ${mm}_${hh}`, { exact: false }).count()).toBe(1);
    await wizard.getByTestId('wizard-submit').click();

    await eventually(() => wizard.getByTestId('batch-result-status').textContent()).toBe('Running');
    const link = wizard.getByRole('link', { name: /^Open batch / });
    groupId = ((await link.textContent()) ?? '').replace('Open batch ', '');
    const api = (await c.server.call('GET', `/archgate/v1/{p}/batches/${groupId}`)).body.data.value;
    expect(api).toMatchObject({ operation_status: 'RUNNING', operation_type: 'PUBLISH', total: 2, rate: '0.00' });
    expect(api.logs).toMatch(/^scheduled for /);
    for (const id of ids) expect(await statusOf(c.server, id)).toBe('DRAFT');
    await wizard.getByTestId('wizard-close').click();
  });

  it('the list and the detail show its progress live, polling, until the test clock runs it to the end', async () => {
    await page.goto(`${c.server.url}/console/batches`);
    const rowProgress = page.getByTestId(`batch-row-progress-${groupId}`).getByTestId('batch-progress');
    await eventually(() => rowProgress.getAttribute('data-status')).toBe('RUNNING');
    expect(await rowProgress.getAttribute('data-percent')).toBe('0');
    expect(await filled(rowProgress)).toBe(0);
    expect(await axeSettled(c, page)).toEqual([]);

    await page.getByTestId(`batch-link-${groupId}`).click();
    await page.waitForURL(`**/console/batches/${groupId}`);
    const detail = page.getByTestId('batch-detail-progress').getByTestId('batch-progress');
    await eventually(() => detail.getAttribute('data-status')).toBe('RUNNING');
    expect(await page.getByTestId('result-table').textContent()).toContain('sched_orders');
    expect(await axeSettled(c, page)).toEqual([]);

    // The page is not reloaded: only its polling can bring the end to the screen.
    await c.server.call('POST', '/archgate/v1/clock', { workspace: null, body: { advance_ms: 2 * HOUR + 60_000 } });
    await eventually(() => detail.getAttribute('data-status')).toBe('SUCCESS');
    expect(await detail.getAttribute('data-percent')).toBe('100');
    await eventually(() => filled(detail)).toBeGreaterThan(0.99);
    expect(await page.getByTestId('batch-detail-status').textContent()).toBe('Succeeded');
    const items = await page.getByTestId('result-table').locator('tbody tr.ant-table-row').allTextContents();
    expect(items).toHaveLength(2);
    for (const row of items) expect(row).toMatch(/Succeeded.*PASSED/);
    await c.screenshot(page, 'batch-detail');

    const api = (await c.server.call('GET', `/archgate/v1/{p}/batches/${groupId}`)).body.data.value;
    expect(api).toMatchObject({ operation_status: 'SUCCESS', success: 2, failed: 0, rate: '1.00' });
    for (const id of ids) expect(await statusOf(c.server, id)).toBe('PUBLISHED');

    await page.getByRole('link', { name: 'Back to Batches' }).click();
    await eventually(() => rowProgress.getAttribute('data-status')).toBe('SUCCESS');
    expect(await rowProgress.getAttribute('data-percent')).toBe('100');
    await eventually(() => filled(rowProgress)).toBeGreaterThan(0.99);
    await c.screenshot(page, 'batches');
  });

  it('is usable at phone width', async () => {
    const phone = await c.newPage(PHONE);
    await c.signIn(phone, { user: 'admin', password: ADMIN_PASSWORD });
    await phone.goto(`${c.server.url}/console/batches/${groupId}`);
    await eventually(() => phone.getByTestId('batch-detail-status').textContent()).toBe('Succeeded');
    // The page's own content fits the width; wide tables scroll inside themselves.
    expect(
      await phone
        .getByTestId('batch-detail-page')
        .evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth && el.scrollWidth <= el.clientWidth),
    ).toBe(true);
    expect(await axeSettled(c, phone)).toEqual([]);
    await phone.context().close();
  });
});

// The wizard sends a selection larger than one batch as several calls (console/src/pages/objects/split.ts).
describe('selections over 10,000 are split into several batch calls', () => {
  it('slices in order, at most MAX_BATCH each, none empty', () => {
    const items = Array.from({ length: 2 * MAX_BATCH + 1 }, (_, i) => i);
    const slices = splitBatches(items);
    expect(slices.map((s) => s.length)).toEqual([MAX_BATCH, MAX_BATCH, 1]);
    expect(slices.flat()).toEqual(items);
    expect(splitBatches(items.slice(0, MAX_BATCH))).toHaveLength(1);
    expect(splitBatches([])).toEqual([]);
    expect(() => splitBatches(items, 0)).toThrow(RangeError);
  });

  it('merges the answers as one batch: FAILED if any item failed, RUNNING while any is pending', () => {
    const b = (status: 'RUNNING' | 'SUCCESS' | 'FAILED', n: number) => ({
      group_id: `g${n}`,
      operation_status: status,
      operation_type: 'PUBLISH',
      total: n,
      success: status === 'SUCCESS' ? n : 0,
      failed: status === 'FAILED' ? 1 : 0,
      groups: Array.from({ length: n }, (_, i) => ({ biz_id: `${n}-${i}` })),
    });
    expect(mergeBatches([b('SUCCESS', 2), b('SUCCESS', 3)]).merged).toMatchObject({ operation_status: 'SUCCESS', total: 5, success: 5 });
    expect(mergeBatches([b('SUCCESS', 2), b('RUNNING', 1)]).merged.operation_status).toBe('RUNNING');
    const m = mergeBatches([b('RUNNING', 1), b('FAILED', 2)]);
    expect(m.merged.operation_status).toBe('FAILED');
    expect(m.groupIds).toEqual(['g1', 'g2']);
    expect(m.merged.groups).toHaveLength(3);
  });

  describe('against a real archgate, in the browser (sqlite)', () => {
    let c: ConsoleHarness;
    let s: TestServer;
    let ids: string[];
    beforeAll(async () => {
      c = await openConsole('sqlite');
      s = c.server;
      const names = Array.from({ length: MAX_BATCH + 1 }, (_, i) => `bulk_${i}`);
      ids = [...(await createObjects(s, 'TAG', names.slice(0, MAX_BATCH))), ...(await createObjects(s, 'TAG', names.slice(MAX_BATCH)))];
    }, 180_000);
    afterAll(async () => {
      await c?.close();
    });

    it('one call of 10,001 is refused', async () => {
      const whole = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
        body: batchBody(s, ids, 'TAG', { fast_approval: true }),
      });
      expect(whole.status).toBe(400);
      expect(whole.body.error_code).toBe('DLG.0001');
      expect(whole.body.error_msg).toContain(String(MAX_BATCH));
    });

    it('"Select all matching" gathers 10,001 with a progress bar; Publish sends two batches with a progress bar; all are published', async () => {
      const page = c.page;
      await c.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
      await page.goto(`${s.url}/console/objects`);
      await eventually(() => page.getByText(`${MAX_BATCH + 1} in total`).count()).toBe(1);
      // Every value each progress bar shows, as it shows it: the bars come and go faster than a poll could see.
      await page.evaluate(() => {
        const w = window as unknown as { progressSeen: Record<string, number[]> };
        w.progressSeen = { 'select-all-progress': [], 'submit-progress': [] };
        const record = () => {
          for (const [id, seen] of Object.entries(w.progressSeen)) {
            const bar = document.querySelector(`[data-testid="${id}"]`);
            const v = bar?.getAttribute('aria-valuenow');
            if (v != null && seen[seen.length - 1] !== Number(v)) seen.push(Number(v));
          }
        };
        new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const seen = (id: string) =>
        page.evaluate((k) => (window as unknown as { progressSeen: Record<string, number[]> }).progressSeen[k]!, id);

      await page.getByTestId('select-all-matching').click();
      await eventually(() => page.getByTestId('selection-toolbar').textContent()).toContain(`${MAX_BATCH + 1} selected`);
      const gathering = await seen('select-all-progress');
      // It went up page by page (1,000 a page), and never back.
      expect(
        gathering.some((v) => v > 0 && v < 100),
        JSON.stringify(gathering),
      ).toBe(true);
      expect([...gathering].sort((a, b) => a - b)).toEqual(gathering);
      expect(await page.getByTestId('select-all-progress').count()).toBe(0);

      await page.getByRole('button', { name: 'Publish' }).click();
      const wizard = page.getByRole('dialog');
      await eventually(() => wizard.getByText(`${MAX_BATCH + 1} objects are more than one batch holds`).count()).toBe(1);
      expect(await wizard.getByText('they are sent as 2 batches').count()).toBe(1);
      await wizard.getByRole('button', { name: 'Next' }).click();
      const next = wizard.getByRole('button', { name: 'Next' });
      await expect.poll(() => next.isEnabled(), { timeout: 120_000, interval: 200 }).toBe(true);
      await next.click();
      await wizard.getByText('Fast approval (approve it myself now)').click();
      await wizard.getByTestId('wizard-submit').click();

      await expect
        .poll(() => wizard.getByTestId('batch-result-status').textContent(), { timeout: 150_000, interval: 250 })
        .toBe('Succeeded');
      // The bar stood at 0 of 2 and at 1 of 2 before the answer replaced it.
      const sending = await seen('submit-progress');
      expect(sending, JSON.stringify(sending)).toEqual(expect.arrayContaining([0, 50]));
      expect(sending.every((v) => v < 100 || v === 100)).toBe(true);

      const links = await wizard.getByRole('link', { name: /^Open batch / }).allTextContents();
      expect(links).toHaveLength(2);
      const shownIds = links.map((l) => l.replace('Open batch ', '')).sort();
      const batches = (await s.call('GET', '/archgate/v1/{p}/batches?operation_type=PUBLISH&limit=10')).body.data.value.records as {
        group_id: string;
        total: number;
        operation_status: string;
      }[];
      expect(batches.map((b) => b.group_id).sort()).toEqual(shownIds);
      expect(batches.map((b) => b.total).sort((a, b) => a - b)).toEqual([1, MAX_BATCH]);
      expect(batches.every((b) => b.operation_status === 'SUCCESS')).toBe(true);
      const published = await s.call('GET', '/archgate/v1/{p}/objects?biz_type=TAG&status=PUBLISHED&limit=1');
      expect(published.body.data.value.total).toBe(MAX_BATCH + 1);
      const drafts = await s.call('GET', '/archgate/v1/{p}/objects?status=DRAFT&limit=1');
      expect(drafts.body.data.value.total).toBe(0);
    }, 600_000);
  });
});
