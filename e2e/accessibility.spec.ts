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

/** Each violation as "rule: what it asks (the first elements that break it)". */
async function violationsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
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
    expect.soft(await violationsOn(page, path), `axe on ${path}`).toEqual([]);
  }
}

test('the sign-in page', async ({ page }) => {
  await expectAccessible(page, ['/sign-in']);
});

test.describe('an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('the dashboards and lists', async ({ page }) => {
    await expectAccessible(page, [
      '/',
      '/?range=24m',
      '/departments',
      '/departments/warehouse',
      '/tickets',
      '/tickets?q=leak&status=open',
      '/triage',
      '/actions',
      '/review',
      '/disputes',
      '/audit',
    ]);
  });

  test('the pages of one cause, ticket and corrective action, and the forms', async ({ page }) => {
    const first = (table: string) =>
      queryOne<{ id: number }>(`SELECT MIN(id) AS id FROM ${table}`).id;
    await expectAccessible(page, [
      `/causes/${first('root_causes')}`,
      `/tickets/${first('tickets')}`,
      `/actions/${first('corrective_actions')}`,
      '/actions/new',
      '/import',
      '/settings/general',
      '/settings/users',
      '/settings/rules',
      '/settings/taxonomy',
      '/settings/tokens',
    ]);
  });
});
