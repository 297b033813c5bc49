import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { expectedRange } from './pages';
import { countTicketsOpened } from './database';
import { CALL_TRAP_CAUSE_NAME } from '@/db/seed/taxonomy';

// An executive sees every department.
test.use({ storageState: storageStateOf('executive') });

async function ticketsCardValue(page: Page): Promise<number> {
  return Number(await page.getByTestId('kpi-tickets').getAttribute('data-value'));
}

const CALL_TIME_CHART = 'Call time vs. resolution by originating department';

test('a department in the call-time chart opens its page with the range kept; back returns', async ({
  page,
}) => {
  await page.goto('/?range=quarter');
  const overviewTickets = await ticketsCardValue(page);
  const chart = page.getByRole('figure', { name: CALL_TIME_CHART });
  // The department names on the chart's axis are real links: reach one and follow it by keyboard.
  const link = chart.getByRole('link', { name: 'Warehouse' }).first();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/departments\/warehouse\?range=quarter$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Warehouse');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'Overview' })).toHaveAttribute(
    'href',
    '/?range=quarter',
  );
  const range = expectedRange({ range: 'quarter' });
  const expected = countTicketsOpened(range.from, range.to, 'warehouse');
  expect(expected).toBeGreaterThan(50);
  await expect.poll(() => ticketsCardValue(page)).toBe(expected);
  // The company's figure sits on the same card, for comparison.
  await expect(page.getByTestId('kpi-tickets-comparison')).toHaveAttribute(
    'data-value',
    String(overviewTickets),
  );

  await page.goBack();
  await expect(page).toHaveURL(/\/\?range=quarter$/);
  await expect.poll(() => ticketsCardValue(page)).toBe(overviewTickets);
});

test('the tickets card equals a SQL count of the department, for a custom range too', async ({
  page,
}) => {
  const params = { range: 'custom', from: '2025-01-01', to: dayOfIsoToday() };
  await page.goto(`/departments/order-entry?${new URLSearchParams(params)}`);
  const range = expectedRange(params);
  expect(await ticketsCardValue(page)).toBe(
    countTicketsOpened(range.from, range.to, 'order-entry'),
  );
  await expect(page.getByRole('link', { name: 'Last 4 weeks' })).toHaveAttribute(
    'href',
    '/departments/order-entry?range=4w',
  );
});

test('the manufacturing page names the short-call, slow-fix cause under its scatter', async ({
  page,
}) => {
  await page.goto('/departments/manufacturing?range=24m');
  const scatter = page.getByRole('figure', { name: 'Call time vs. time to fix, by root cause' });
  await expect(scatter).toBeVisible();
  await expect(scatter.locator('.recharts-scatter-symbol').first()).toBeVisible();
  await expect(page.locator('#chart-cause-scatter-caption')).toContainText(
    `Short calls, slow fix: “${CALL_TRAP_CAUSE_NAME}”`,
  );
  // The highlight does not rest on colour alone: the key says it in words, beside that cause only.
  const key = scatter.getByRole('list', { name: 'Key to the numbered causes' });
  await expect(key.getByRole('listitem').filter({ hasText: 'short calls, slow fix' })).toHaveText(
    new RegExp(`${CALL_TRAP_CAUSE_NAME}.*short calls, slow fix`),
  );
  // Every chart of the page is there, with its title.
  for (const title of [
    'Root causes in Manufacturing (Pareto)',
    'Tickets and recurrence per week',
    'How long fixes take',
    'Open backlog by age',
    'Who keeps coming back',
  ]) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
  await expect(page.getByTestId('top-customers').getByRole('row')).not.toHaveCount(0);
});

test('the departments index lists each department with its count and links to it', async ({
  page,
}) => {
  await page.goto('/departments?range=12m');
  const range = expectedRange({ range: '12m' });
  await expect(page.getByTestId('tickets-installation')).toHaveText(
    new Intl.NumberFormat('en-US').format(countTicketsOpened(range.from, range.to, 'installation')),
  );
  await page.getByRole('link', { name: 'Installation' }).click();
  await expect(page).toHaveURL(/\/departments\/installation\?range=12m$/);
});

test('a malformed range on a department page falls back with a notice', async ({ page }) => {
  await page.goto('/departments/vendor?range=fortnight');
  await expect(page.getByRole('status')).toContainText('range');
  const range = expectedRange({});
  expect(await ticketsCardValue(page)).toBe(countTicketsOpened(range.from, range.to, 'vendor'));
});

test('an unknown department is a 404', async ({ page }) => {
  const response = await page.goto('/departments/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

function dayOfIsoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
