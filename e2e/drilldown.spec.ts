import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { expectedRange, explorerCount } from './pages';
import { openedBetween, queryOne } from './database';

test.use({ storageState: storageStateOf('executive') });

async function cardValue(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

/** Tickets the explorer's URL selects, counted with the test's own SQL (range and department). */
function countForUrl(url: string, extra = ''): number {
  const params = new URL(url).searchParams;
  const department = params.get('department');
  return queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets
     WHERE opened_at >= ? AND opened_at < ?
       AND ${department === 'none' ? 'department_id IS NULL' : 'department_id = (SELECT id FROM departments WHERE slug = ?)'}
       ${extra}`,
    ...openedBetween(params.get('from')!, params.get('to')!),
    ...(department === 'none' ? [] : [department!]),
  ).n;
}

test('every KPI card of the overview opens the tickets behind it', async ({ page }) => {
  await page.goto('/?range=quarter');
  const tickets = await cardValue(page, 'kpi-tickets');
  await page.getByRole('link', { name: /Show the tickets behind “Tickets”/ }).click();
  await expect(page).toHaveURL(/\/tickets\?range=quarter$/);
  await expect.poll(() => explorerCount(page)).toBe(tickets);
  await page.goBack();

  await page.getByRole('link', { name: /the recurrences behind “Recurrence rate”/ }).click();
  await expect(page).toHaveURL(/\/tickets\?range=quarter&recurrence=1$/);
  await page.goBack();
  await page.getByRole('link', { name: /unclassified tickets behind “Classification/ }).click();
  await expect(page).toHaveURL(/\/tickets\?range=quarter&unclassified=1$/);
  await page.goBack();
  await page.getByRole('link', { name: /behind “Median resolution”/ }).click();
  await expect(page).toHaveURL(/\/tickets\?range=quarter&status=resolved&sort=-resolution$/);
});

test('a department card and a backlog band open exactly their tickets', async ({ page }) => {
  await page.goto('/departments/warehouse?range=12m');
  const tickets = await cardValue(page, 'kpi-tickets');
  await page.getByRole('link', { name: /Show the tickets behind “Tickets”/ }).click();
  await expect(page).toHaveURL(/\/tickets\?range=12m&department=warehouse$/);
  await expect.poll(() => explorerCount(page)).toBe(tickets);
  await page.goBack();

  // First-contact resolution's misses: the resolved tickets that took more than one contact.
  const fcr = await cardValue(page, 'kpi-fcr');
  await page.getByRole('link', { name: /behind “First-contact resolution”/ }).click();
  await expect(page).toHaveURL(/department=warehouse&status=resolved&repeatContacts=1$/);
  const range = expectedRange({ range: '12m' });
  const resolved = (contacts: string) =>
    queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tickets
       WHERE opened_at >= ? AND opened_at < ? AND resolved_at IS NOT NULL AND ${contacts}
         AND department_id = (SELECT id FROM departments WHERE slug = 'warehouse')`,
      ...openedBetween(range.from, range.to),
    ).n;
  const misses = resolved('contact_count > 1');
  expect(misses).toBeGreaterThan(0);
  await expect.poll(() => explorerCount(page)).toBe(misses);
  expect(fcr).toBeCloseTo(1 - misses / resolved('contact_count > 0'), 6);
  await page.goBack();

  const bands = page.getByRole('navigation', { name: 'Open tickets by age' }).getByRole('link');
  await expect(bands.first()).toBeVisible();
  const label = (await bands.first().textContent())!;
  const shown = Number(/\(([\d,]+)\)$/.exec(label)![1].replace(/,/g, ''));
  await bands.first().click();
  await expect(page).toHaveURL(/department=warehouse&status=open$/);
  await expect.poll(() => explorerCount(page)).toBe(shown);
  expect(countForUrl(page.url(), 'AND resolved_at IS NULL')).toBe(shown);
});

test('a bar of the weekly chart opens that week of that department', async ({ page }) => {
  await page.goto('/?range=quarter');
  const chart = page.getByRole('figure', { name: 'Tickets per week by originating department' });
  const bars = chart.locator('.recharts-bar-rectangle path');
  await expect(bars.first()).toBeVisible();
  // A bar in the middle of the first (bottom) series: a whole week.
  const count = await bars.count();
  await bars.nth(Math.floor(count / 20)).click();
  await expect(page).toHaveURL(
    /\/tickets\?range=custom&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&department=[a-z-]+$/,
  );
  const url = new URL(page.url());
  const days =
    (Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!)) /
      86_400_000 +
    1;
  expect(days).toBeLessThanOrEqual(7);
  const expected = countForUrl(page.url());
  expect(expected).toBeGreaterThan(0);
  await expect.poll(() => explorerCount(page)).toBe(expected);
});

test('the departments index links each count to its tickets', async ({ page }) => {
  await page.goto('/departments?range=4w');
  const cell = page.getByTestId('tickets-manufacturing');
  const shown = Number((await cell.textContent())!.replace(/,/g, ''));
  await cell.getByRole('link').click();
  await expect(page).toHaveURL(/\/tickets\?range=4w&department=manufacturing$/);
  await expect.poll(() => explorerCount(page)).toBe(shown);
});

test('the main navigation keeps the date range between the analytics pages', async ({ page }) => {
  await page.goto('/departments?range=custom&from=2026-01-05&to=2026-03-01');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Tickets' })).toHaveAttribute(
    'href',
    '/tickets?range=custom&from=2026-01-05&to=2026-03-01',
  );
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/\/\?range=custom&from=2026-01-05&to=2026-03-01$/);
});
