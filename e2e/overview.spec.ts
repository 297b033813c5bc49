import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { expectedRange } from './pages';
import { countTicketsOpened } from './database';
import { dayOf, dayToIso } from '@/lib/time';

test.use({ storageState: storageStateOf('executive') });

const KPI_IDS = [
  'kpi-tickets',
  'kpi-p50-resolution',
  'kpi-p90-resolution',
  'kpi-aht',
  'kpi-fcr',
  'kpi-recurrence',
  'kpi-cost',
  'kpi-upstream-share',
  'kpi-coverage',
];

const CHART_TITLES = [
  'Call time vs. resolution by originating department',
  'Tickets per week by originating department',
  'Root causes, company-wide (Pareto)',
];

async function ticketsCardValue(page: Page): Promise<number> {
  return Number(await page.getByTestId('kpi-tickets').getAttribute('data-value'));
}

test('the overview renders every card and chart', async ({ page }) => {
  await page.goto('/');
  for (const id of KPI_IDS) await expect(page.getByTestId(id)).toBeVisible();
  for (const title of CHART_TITLES) {
    const heading = page.getByRole('heading', { name: title });
    await expect(heading).toBeVisible();
  }
  // Each chart drew an SVG with marks in it (recharts renders nothing when data is missing).
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(20);
});

test('the tickets card equals a count computed with SQL on the same database', async ({ page }) => {
  await page.goto('/?range=24m');
  const range = expectedRange({ range: '24m' });
  const expected = countTicketsOpened(range.from, range.to);
  expect(expected).toBeGreaterThan(1000);
  expect(await ticketsCardValue(page)).toBe(expected);
});

test('changing the date range changes the URL and the numbers; back restores them', async ({
  page,
}) => {
  await page.goto('/');
  const yearCount = await ticketsCardValue(page);
  expect(yearCount).toBe(countTicketsOpened(expectedRange({}).from, expectedRange({}).to));

  await page.getByRole('link', { name: 'Last 4 weeks' }).click();
  await expect(page).toHaveURL(/[?&]range=4w/);
  await expect(page.getByRole('link', { name: 'Last 4 weeks' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const fourWeeks = expectedRange({ range: '4w' });
  await expect
    .poll(() => ticketsCardValue(page))
    .toBe(countTicketsOpened(fourWeeks.from, fourWeeks.to));
  expect(await ticketsCardValue(page)).toBeLessThan(yearCount);

  // A custom month, half a year back, through the form.
  const today = dayOf(Date.now());
  const [from, to] = [dayToIso(today - 200), dayToIso(today - 170)];
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/range=custom/);
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  const customCount = countTicketsOpened(from, to);
  expect(customCount).toBeGreaterThan(0);
  await expect.poll(() => ticketsCardValue(page)).toBe(customCount);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]range=4w/);
  await expect
    .poll(() => ticketsCardValue(page))
    .toBe(countTicketsOpened(fourWeeks.from, fourWeeks.to));
  await page.goBack();
  await expect.poll(() => ticketsCardValue(page)).toBe(yearCount);
});

test('a malformed range falls back to the default with a visible notice', async ({ page }) => {
  await page.goto('/?range=fortnight');
  await expect(page.getByRole('status')).toContainText('range');
  expect(await ticketsCardValue(page)).toBe(
    countTicketsOpened(expectedRange({}).from, expectedRange({}).to),
  );
});
