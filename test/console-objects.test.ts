import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  ENGINES,
  USER_PASSWORD,
  addUser,
  batchBody,
  createObjects,
  startServer,
  statusOf,
  type TestServer,
} from './helpers/server.js';
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

/** A subject through the cloud's v3 subject API; answers its id. */
async function subject(s: TestServer, name: string, level: number, parentId?: string): Promise<string> {
  const r = await s.call('POST', '/v3/{p}/design/subjects', {
    body: { name_en: name, name_ch: name, data_owner_list: 'admin', level, ...(parentId ? { parent_id: parentId } : {}) },
  });
  if (r.status !== 200) throw new Error(`subject ${name}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data.value.id;
}

/**
 * Sales (L1) > Orders (L2) > Returns (L3), and a table model that references Orders: everything below
 * Sales depends on it, so taking Sales offline is blocked until the cascade carries them along.
 */
async function hierarchy(s: TestServer, tag: string) {
  const sales = await subject(s, `Sales${tag}`, 1);
  const orders = await subject(s, `Orders${tag}`, 2, sales);
  const returns = await subject(s, `Returns${tag}`, 3, orders);
  const made = await s.call('POST', '/archgate/v1/{p}/objects', {
    body: { objects: [{ biz_type: 'TABLE_MODEL', name_en: `orders_fact${tag}`, references: [{ biz_type: 'SUBJECT', biz_id: orders }] }] },
  });
  const fact: string = made.body.data.value.records[0].id;
  const subjects = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
    body: batchBody(s, [sales, orders, returns], 'SUBJECT', { fast_approval: true }),
  });
  expect(subjects.body.data.value.operation_status).toBe('SUCCESS');
  const table = await s.call('POST', '/v2/{p}/design/approvals/batch-publish', {
    body: batchBody(s, [fact], 'TABLE_MODEL', { fast_approval: true }),
  });
  expect(table.body.data.value.operation_status).toBe('SUCCESS');
  return { sales, orders, returns, fact };
}

// The objects list's subject filter (parent_id), which the subject tree browses with.
describe.each(ENGINES)('objects listed by subject (%s)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('parent_id lists only the direct children of that subject', async () => {
    const h = await hierarchy(s, '');
    const [loose] = await createObjects(s, 'TABLE_MODEL', ['loose_table']);
    const under = async (id: string) =>
      (await s.call('GET', `/archgate/v1/{p}/objects?parent_id=${id}`)).body.data.value as { total: number; records: { id: string }[] };
    expect((await under(h.sales)).records.map((r) => r.id)).toEqual([h.orders]);
    expect((await under(h.orders)).records.map((r) => r.id)).toEqual([h.returns]);
    expect((await under(h.returns)).total).toBe(0);
    const all = (await s.call('GET', '/archgate/v1/{p}/objects?limit=100')).body.data.value.records.map((r: { id: string }) => r.id);
    expect(all).toEqual(expect.arrayContaining([h.sales, h.orders, h.returns, h.fact, loose]));
    expect((await s.call('GET', '/archgate/v1/{p}/objects?parent_id=abc')).status).toBe(400);
  });
});

describe('console: objects, impact preview and cascade offline (sqlite)', () => {
  let c: ConsoleHarness;
  let page: Page;
  let h: Awaited<ReturnType<typeof hierarchy>>;
  let draft: string | undefined;
  beforeAll(async () => {
    c = await openConsole('sqlite');
    h = await hierarchy(c.server, '');
    // A draft of another business type, so that the status and business-type filters each have something to leave out.
    [draft] = await createObjects(c.server, 'CODE_TABLE', ['draft_codes']);
    page = c.page;
    await c.signIn(page, { user: 'admin', password: ADMIN_PASSWORD });
    await page.goto(`${c.server.url}/console/objects`);
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  const table = () => page.getByTestId('objects-table');
  const row = (name: string) => table().locator('tr', { has: page.getByText(name, { exact: true }) });
  /** The ids of the rows on screen, from each name cell's test id. */
  const shownIds = async () =>
    (
      await table()
        .locator('tbody [data-testid^="object-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(7)))
    ).sort();
  /** What the API lists for the same filter. */
  const apiList = async (query: string) => {
    const v = (await c.server.call('GET', `/archgate/v1/{p}/objects?limit=100&${query}`)).body.data.value;
    return { total: v.total as number, ids: (v.records as { id: string }[]).map((r) => r.id).sort() };
  };
  /** The screen shows exactly the API's rows and total for this filter. */
  const expectListed = async (query: string, total: number) => {
    const api = await apiList(query);
    expect(api.total).toBe(total);
    // An empty list shows its empty state and no pager.
    if (total > 0) await eventually(() => page.getByText(`${total} in total`).count()).toBe(1);
    await eventually(shownIds).toEqual(api.ids);
  };
  /** Picks an option of one of the page's selects, typing to narrow it first when it searches. */
  const choose = async (label: string, option: string) => {
    const box = page.getByRole('combobox', { name: label });
    await box.click();
    if ((await box.getAttribute('readonly')) === null) await box.fill(option);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click();
  };
  const clear = async (label: string) => {
    const select = page.locator('.ant-select', { has: page.getByRole('combobox', { name: label }) });
    await select.hover();
    await select.locator('.ant-select-clear').click();
  };

  it('browses by subject, filters by status and business type and searches by name, server-side with the total', async () => {
    await eventually(() => row('Sales').count()).toBe(1);
    await eventually(() => page.getByText('5 in total').count()).toBe(1);
    expect(await axeSettled(c, page)).toEqual([]);
    await c.screenshot(page, 'objects');

    await page.locator('.ant-tree').getByText('Sales', { exact: true }).click();
    await eventually(() => page.getByTestId('subject-filter').count()).toBe(1);
    await eventually(() => page.getByText('1 in total').count()).toBe(1);
    expect(await row('Orders').count()).toBe(1);
    expect(await row('Returns').count()).toBe(0);
    await page.getByTestId('subject-filter').locator('.ant-tag-close-icon').click();
    await eventually(() => page.getByText('5 in total').count()).toBe(1);

    // Status, then business type on top of it: the rows are the API's for the same query, each time.
    await choose('Status', 'Draft');
    await expectListed('status=DRAFT', 1);
    expect(await shownIds()).toEqual([draft]);
    await choose('Business type', 'Subject');
    await expectListed('status=DRAFT&biz_type=SUBJECT', 0);
    await eventually(() => table().getByText('Nothing matches these filters').count()).toBe(1);
    await choose('Status', 'Published');
    await expectListed('status=PUBLISHED&biz_type=SUBJECT', 3);
    expect(await shownIds()).toEqual([h.sales, h.orders, h.returns].sort());
    await choose('Business type', 'Table model');
    await expectListed('status=PUBLISHED&biz_type=TABLE_MODEL', 1);
    expect(await shownIds()).toEqual([h.fact]);
    await clear('Status');
    await choose('Business type', 'Code table');
    await expectListed('biz_type=CODE_TABLE', 1);
    await clear('Business type');
    await expectListed('', 5);

    await page.getByLabel('Search by name or code').fill('orders');
    await page.getByLabel('Search by name or code').press('Enter');
    await eventually(() => page.getByText('2 in total').count()).toBe(1);
    expect(await row('Orders').count()).toBe(1);
    expect(await row('orders_fact').count()).toBe(1);
    expect(await row('Sales').count()).toBe(0);
    await page.getByLabel('Search by name or code').fill('');
    await page.getByLabel('Search by name or code').press('Enter');
    await eventually(() => page.getByText('5 in total').count()).toBe(1);
  });

  it('an offline without cascade fails per item with the server’s remark, and nothing changes', async () => {
    await row('Orders').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Take offline' }).click();
    const wizard = page.getByRole('dialog');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await eventually(() => wizard.getByTestId(`impact-node-${h.returns}`).getAttribute('data-role')).toBe('blocking');
    expect(await wizard.getByTestId(`impact-node-${h.fact}`).getAttribute('data-depth')).toBe('1');
    await wizard.getByRole('button', { name: 'Next' }).click();
    // Sent to a reviewer rather than fast-approved: the approver comes from the reviewers list.
    await wizard.getByRole('combobox', { name: 'Reviewer' }).click();
    await page.locator('.ant-select-dropdown').getByText('admin', { exact: true }).click();
    await wizard.getByTestId('wizard-submit').click();
    await eventually(() => wizard.getByTestId('batch-result-status').textContent()).toBe('Failed');
    const shown = await wizard.getByTestId('result-table').locator('tbody tr.ant-table-row').first().locator('td').nth(3).textContent();

    const batches = (await c.server.call('GET', '/archgate/v1/{p}/batches?operation_type=OFFLINE')).body.data.value.records;
    const stored = (await c.server.call('GET', `/archgate/v1/{p}/batches/${batches[0].group_id}`)).body.data.value;
    expect(stored.groups[0].remark).toMatch(/^Definition Orders is referenced by 2 published objects/);
    expect(shown).toBe(stored.groups[0].remark);
    expect(await statusOf(c.server, h.orders)).toBe('PUBLISHED');
    await wizard.getByTestId('wizard-close').click();
  });

  it('previews the dependants as a tree with depth and status, then cascades them offline with fast approval', async () => {
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await row('Sales').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Take offline' }).click();
    const wizard = page.getByRole('dialog');
    await eventually(() => wizard.getByTestId('wizard-selection').getByText('Sales', { exact: true }).count()).toBe(1);
    await wizard.getByRole('button', { name: 'Next' }).click();

    const node = (id: string) => wizard.getByTestId(`impact-node-${id}`);
    await eventually(() => node(h.sales).getAttribute('data-depth')).toBe('0');
    expect(await node(h.orders).getAttribute('data-depth')).toBe('1');
    expect(await node(h.returns).getAttribute('data-depth')).toBe('2');
    expect(await node(h.fact).getAttribute('data-depth')).toBe('2');
    for (const id of [h.orders, h.returns, h.fact]) expect(await node(id).getAttribute('data-role')).toBe('blocking');
    expect(await node(h.returns).textContent()).toContain('Published');
    expect(await wizard.getByTestId('impact-items').textContent()).toContain('fails');
    expect(await axeSettled(c, page)).toEqual([]);
    await c.screenshot(page, 'wizard-impact');

    await wizard.getByTestId('cascade').click();
    for (const id of [h.orders, h.returns, h.fact]) expect(await node(id).getAttribute('data-role')).toBe('cascaded');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByText('Fast approval (approve it myself now)').click();
    await wizard.getByTestId('wizard-submit').click();

    await eventually(() => wizard.getByTestId('batch-result-status').textContent()).toBe('Succeeded');
    const rows = wizard.getByTestId('result-table').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(4);
    const text = await wizard.getByTestId('result-table').textContent();
    for (const name of ['Sales', 'Orders', 'Returns', 'orders_fact']) expect(text).toContain(name);
    // The business type by its label, not the wire enum.
    expect(text).toContain('Table model');
    expect(text).not.toContain('TABLE_MODEL');
    expect(await axeSettled(c, page)).toEqual([]);
    await c.screenshot(page, 'wizard-result');

    for (const id of [h.sales, h.orders, h.returns, h.fact]) expect(await statusOf(c.server, id)).toBe('OFFLINE');
    await wizard.getByTestId('wizard-close').click();
    await eventually(() => row('Sales').textContent()).toContain('Offline');
  });

  it('never offers what the user may not do: a viewer cannot batch, a developer who is no reviewer cannot fast-approve', async () => {
    await addUser(c.server, 'objects_viewer', 'viewer');
    await addUser(c.server, 'objects_dev', 'developer');

    const viewer = await c.newPage();
    await c.signIn(viewer, { user: 'objects_viewer', password: USER_PASSWORD });
    await viewer.goto(`${c.server.url}/console/objects`);
    await eventually(() => viewer.getByTestId('objects-table').locator('tbody tr.ant-table-row').count()).toBe(5);
    expect(await viewer.getByText('can browse objects but not publish').count()).toBe(1);
    expect(await viewer.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Take offline' }).count()).toBe(0);
    expect(await viewer.getByTestId('objects-table').getByRole('checkbox').count()).toBe(0);
    await viewer.context().close();

    const dev = await c.newPage();
    await c.signIn(dev, { user: 'objects_dev', password: USER_PASSWORD });
    await dev.goto(`${c.server.url}/console/objects`);
    const devRow = dev.getByTestId('objects-table').locator('tbody tr.ant-table-row', { has: dev.getByText('Sales', { exact: true }) });
    await eventually(() => devRow.count()).toBe(1);
    await devRow.getByRole('checkbox').check();
    await dev.getByRole('button', { name: 'Publish' }).click();
    const wizard = dev.getByRole('dialog');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await eventually(() => wizard.getByTestId('impact-items').locator('tbody tr.ant-table-row').count()).toBe(1);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await eventually(() => wizard.getByText('Fast approval is offered only to registered reviewers').count()).toBe(1);
    expect(await wizard.getByRole('radio').count()).toBe(1);
    expect(await wizard.getByRole('radio', { name: 'Send to a reviewer' }).isChecked()).toBe(true);
    await dev.context().close();
  });

  it('is usable at phone width: the list, its filters and the selection toolbar', async () => {
    const phone = await c.newPage(PHONE);
    await c.signIn(phone, { user: 'admin', password: ADMIN_PASSWORD });
    await phone.goto(`${c.server.url}/console/objects`);
    await eventually(() =>
      phone
        .getByTestId('objects-table')
        .locator('tbody tr.ant-table-row', { has: phone.getByText('Sales', { exact: true }) })
        .count(),
    ).toBe(1);
    expect(await phone.getByRole('button', { name: 'Take offline' }).isVisible()).toBe(true);
    // The page's own content fits the width; wide tables scroll inside themselves.
    expect(
      await phone
        .getByTestId('objects-page')
        .evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth && el.scrollWidth <= el.clientWidth),
    ).toBe(true);
    expect(await axeSettled(c, phone)).toEqual([]);
    await phone.context().close();
  });

  it('in 中文 shows business types by their Chinese labels, filters by them, and writes times the Chinese way', async () => {
    const zh = await c.newPage();
    // The language is read at load, as after a switch remembered from an earlier visit.
    await zh.evaluate(() => localStorage.setItem('archgate.lang', 'zh-CN'));
    await zh.reload();
    await c.signIn(zh, { user: 'admin', password: ADMIN_PASSWORD });
    await zh.goto(`${c.server.url}/console/objects`);
    const zhTable = zh.getByTestId('objects-table');
    const factRow = zhTable.locator('tbody tr.ant-table-row', { has: zh.getByText('orders_fact', { exact: true }) });
    await eventually(() => factRow.count()).toBe(1);
    const cells = await factRow.locator('td').allInnerTexts();
    expect(cells).toContain('表模型');
    expect(cells).not.toContain('TABLE_MODEL');
    // The update time as zh-CN writes it (年/月/日), whatever the browser's own locale (en-US here).
    expect(cells.some((t) => /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/.test(t.trim()))).toBe(true);

    const box = zh.getByRole('combobox', { name: '业务类型' });
    await box.click();
    await box.fill('码表');
    await zh
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^码表$/ })
      .click();
    await eventually(() => zhTable.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await zhTable.locator('tbody tr.ant-table-row').textContent()).toContain('draft_codes');
    await zh.context().close();
  });

  it('a developer sends a publish to a reviewer through the wizard; the reviewer finds it in Pending Review', async () => {
    const rev = await addUser(c.server, 'objects_rev', 'developer');
    const reg = await c.server.call('POST', '/v2/{p}/design/approvals/users', { body: { approver_name: 'objects_rev', user_id: rev.id } });
    expect(reg.status).toBe(200);
    await addUser(c.server, 'objects_submitter', 'developer');
    const ids = await createObjects(c.server, 'TABLE_MODEL', ['wiz_alpha', 'wiz_beta']);

    const dev = await c.newPage();
    await c.signIn(dev, { user: 'objects_submitter', password: USER_PASSWORD });
    await dev.goto(`${c.server.url}/console/objects`);
    const devTable = dev.getByTestId('objects-table');
    await devTable.locator('tbody tr.ant-table-row').first().waitFor();
    await dev.getByLabel('Search by name or code').fill('wiz_');
    await dev.getByLabel('Search by name or code').press('Enter');
    await eventually(() => devTable.locator('tbody tr.ant-table-row').count()).toBe(2);
    for (const name of ['wiz_alpha', 'wiz_beta']) await devTable.getByRole('checkbox', { name: `Select ${name}` }).check();
    await dev.getByRole('button', { name: 'Publish' }).click();
    const wizard = dev.getByRole('dialog');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await eventually(() => wizard.getByTestId('impact-items').locator('tbody tr.ant-table-row').count()).toBe(2);
    await wizard.getByRole('button', { name: 'Next' }).click();
    expect(await wizard.getByRole('radio', { name: 'Send to a reviewer' }).isChecked()).toBe(true);
    await wizard.getByRole('combobox', { name: 'Reviewer' }).click();
    await dev
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^objects_rev$/ })
      .click();
    await wizard.getByTestId('wizard-submit').click();
    await eventually(() => wizard.getByTestId('batch-result-status').textContent()).toBe('Succeeded');
    const results = await wizard.getByTestId('result-table').locator('tbody tr.ant-table-row').allInnerTexts();
    expect(results).toHaveLength(2);
    for (const r of results) expect(r).toMatch(/wiz_(alpha|beta)[\s\S]*Succeeded/);

    // The API holds two applications pending with that reviewer, submitted by the developer.
    for (const id of ids) {
      const a = (await c.server.call('GET', `/v2/{p}/design/approvals?biz_id=${id}`)).body.data.value.records;
      expect(a).toHaveLength(1);
      expect(a[0]).toMatchObject({
        approver: 'objects_rev',
        approval_status: 'DEVELOPING',
        approval_type: 'PUBLISH',
        create_by: 'objects_submitter',
      });
      expect(await statusOf(c.server, id)).toBe('PUBLISH_DEVELOPING');
    }
    await dev.context().close();

    const reviewer = await c.newPage();
    await c.signIn(reviewer, { user: 'objects_rev', password: USER_PASSWORD });
    await reviewer.getByRole('heading', { level: 1, name: 'Pending Review' }).waitFor();
    const pending = reviewer.getByTestId('approvals-pending').locator('.ant-table-row');
    await eventually(() => pending.count()).toBe(2);
    const shown = (await pending.allInnerTexts()).join('\n');
    expect(shown).toContain('wiz_alpha');
    expect(shown).toContain('wiz_beta');
    expect(shown).toContain('objects_submitter');
    await reviewer.context().close();
  });
});
