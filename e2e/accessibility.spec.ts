/**
 * Every page passes axe-core's WCAG 2.1 A and AA rules as rendered in Chromium, charts drawn:
 * names and labels, contrast, landmarks, ARIA. What axe cannot judge (keyboard paths, what a
 * chart's caption says) the other specs test by doing it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Each violation on the page as it is now: "rule: what it asks (the first elements)". An open
 * Headless UI popover keeps focus in its panel with hidden, focusable sentinels that hand focus
 * straight on; axe counts them as aria-hidden-focus, a false positive its maintainers mean to
 * exempt (dequelabs/axe-core#4832), so they are left out.
 */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_A_AA)
    .exclude('[id^="headlessui-focus-sentinel"]')
    .analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('; ')})`,
  );
}

async function expectAccessible(page: Page, paths: readonly string[]) {
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect.soft(await violations(page), `axe on ${path}`).toEqual([]);
  }
}

const firstId = (table: string, where = 'TRUE') =>
  queryOne<{ id: number }>(`SELECT MIN(id) AS id FROM ${table} WHERE ${where}`).id;

test('the sign-in page', async ({ page }) => {
  await expectAccessible(page, ['/sign-in']);
});

test.describe('an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  // A few pages a test: axe takes seconds a page, and one test of them all ran near its limit.
  test('the overview and the departments', async ({ page }) => {
    await expectAccessible(page, ['/', '/?range=24m', '/departments', '/departments/warehouse']);
  });

  test('the explorer and triage', async ({ page }) => {
    await expectAccessible(page, ['/tickets', '/tickets?q=leak&status=open', '/triage']);
  });

  test('actions, the review, disputes and the audit log', async ({ page }) => {
    await expectAccessible(page, ['/actions', '/review', '/disputes', '/audit']);
  });

  test('the pages of one cause, ticket and corrective action, and the forms', async ({ page }) => {
    await expectAccessible(page, [
      `/causes/${firstId('root_causes')}`,
      `/tickets/${firstId('tickets')}`,
      `/actions/${firstId('corrective_actions')}`,
      '/actions/new',
      '/import',
    ]);
  });

  test('the settings', async ({ page }) => {
    await expectAccessible(page, [
      '/settings/general',
      '/settings/users',
      '/settings/rules',
      '/settings/taxonomy',
      '/settings/tokens',
    ]);
  });

  test("the explorer's open column chooser and customer combobox", async ({ page }) => {
    await page.goto('/tickets');
    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByLabel('Fix cost')).toBeVisible();
    expect.soft(await violations(page), 'axe with the column chooser open').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Customer' }).fill('a');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect.soft(await violations(page), 'axe with the customer options open').toEqual([]);
  });
});

test.describe('a department lead', () => {
  test.use({ storageState: storageStateOf('lead') });

  test('their department, triage, and a ticket of theirs with the dispute form', async ({
    page,
  }) => {
    const warehouseTicket = firstId(
      'tickets',
      "department_id = (SELECT id FROM departments WHERE slug = 'warehouse')",
    );
    await expectAccessible(page, [
      '/departments/warehouse',
      '/triage',
      `/tickets/${warehouseTicket}`,
    ]);
  });
});

test.describe('an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test("triage with its suggestions, a ticket page with the cause form, a helpdesk id's callout", async ({
    page,
  }) => {
    const { externalId } = queryOne<{ externalId: string }>(
      'SELECT external_id AS externalId FROM tickets ORDER BY id LIMIT 1',
    );
    await expectAccessible(page, [
      '/triage',
      `/tickets/${firstId('tickets')}`,
      `/tickets?q=${encodeURIComponent(externalId)}`,
    ]);
  });

  test('the cause searches with an option highlighted', async ({ page }) => {
    await page.goto(`/tickets/${firstId('tickets')}`);
    await page.getByLabel('Change the root cause to').fill('wrong');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect.soft(await violations(page), 'axe on the ticket page, causes open').toEqual([]);
    await page.goto('/triage');
    await expect(page.getByTestId('triage-queue')).toBeVisible();
    await page.keyboard.press('/');
    await page.keyboard.type('wrong');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect.soft(await violations(page), 'axe on triage, cause search open').toEqual([]);
  });
});
