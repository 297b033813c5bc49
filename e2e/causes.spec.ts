import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { openedBetween, queryOne } from './database';
import { SPIKE_ACTION_TITLE, SPIKE_CAUSE_ID } from '@/db/seed/taxonomy';
import { parseFilters } from '@/lib/filters';
import { dayOf } from '@/lib/time';

test.use({ storageState: storageStateOf('lead') });

const range = (params: Record<string, string>) => parseFilters(params, dayOf(Date.now())).range;

async function cardValue(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

function causeTickets(causeId: number, from: string, to: string): number {
  return queryOne<{ n: number }>(
    'SELECT COUNT(*) AS n FROM tickets WHERE root_cause_id = ? AND opened_at >= ? AND opened_at < ?',
    causeId,
    ...openedBetween(from, to),
  ).n;
}

test('overview → department → cause → a week: each step keeps the range; back walks back', async ({
  page,
}) => {
  await page.goto('/?range=12m');
  await page
    .getByRole('figure', { name: 'Call time vs. resolution by originating department' })
    .getByRole('link', { name: 'Warehouse & shipping' })
    .first()
    .click();
  await expect(page).toHaveURL(/\/departments\/warehouse\?range=12m$/);

  // The department's Pareto: a cause's name under its bar is a link to the cause.
  const cause = queryOne<{ id: number; name: string }>(
    `SELECT c.id, c.name FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id
     WHERE c.department_id = (SELECT id FROM departments WHERE slug = 'warehouse')
     GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  await page
    .getByRole('figure', { name: /Root causes in Warehouse/ })
    .getByRole('link', { name: cause.name })
    .click();
  await expect(page).toHaveURL(new RegExp(`/causes/${cause.id}\\?range=12m$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cause.name);
  const r = range({ range: '12m' });
  await expect
    .poll(() => cardValue(page, 'kpi-tickets'))
    .toBe(causeTickets(cause.id, r.from, r.to));

  // A full week in the middle of the timeline: its bar opens exactly its tickets.
  const timeline = page.getByRole('figure', { name: 'Tickets and recurrence per week' });
  const bars = timeline.locator('.recharts-bar-rectangle path');
  const count = await bars.count();
  await bars.nth(Math.floor(count / 2)).click();
  await expect(page).toHaveURL(
    new RegExp(
      `/tickets\\?range=custom&from=\\d{4}-\\d\\d-\\d\\d&to=\\d{4}-\\d\\d-\\d\\d&cause=${cause.id}$`,
    ),
  );
  const url = new URL(page.url());
  const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
  expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(6);
  const week = causeTickets(cause.id, from, to);
  expect(week).toBeGreaterThan(0);
  await expect
    .poll(async () => Number(await page.getByTestId('explorer-count').getAttribute('data-value')))
    .toBe(week);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/causes/${cause.id}\\?range=12m$`));
  // The same number stands on the week's link (what the bar shows, for keyboards).
  await timeline.locator('..').getByText('Each week’s tickets as links').click();
  const weekLink = page.locator(`a[href="${url.pathname}${url.search}"]`);
  await expect(weekLink).toHaveText(new RegExp(`\\(${week}\\)$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/departments\/warehouse\?range=12m$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?range=12m$/);
});

test('a cause page: its figures beside its department, its actions, its tickets', async ({
  page,
}) => {
  await page.goto(`/causes/${SPIKE_CAUSE_ID}?range=24m`);
  const r = range({ range: '24m' });
  expect(await cardValue(page, 'kpi-tickets')).toBe(causeTickets(SPIKE_CAUSE_ID, r.from, r.to));
  const department = queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE opened_at >= ? AND opened_at < ?
       AND department_id = (SELECT department_id FROM root_causes WHERE id = ?)`,
    ...openedBetween(r.from, r.to),
    SPIKE_CAUSE_ID,
  ).n;
  await expect(page.getByTestId('kpi-tickets-comparison')).toHaveAttribute(
    'data-value',
    String(department),
  );
  // The planted fix of the order-entry spike.
  await expect(page.getByTestId('cause-actions')).toContainText(SPIKE_ACTION_TITLE);
  // The latest tickets, with the way into all of them.
  await page.getByRole('link', { name: /Open all [\d,]+ tickets of this cause/ }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets\\?range=24m&cause=${SPIKE_CAUSE_ID}$`));
});

test('a repeat customer of a cause opens its recurrences of that cause', async ({ page }) => {
  await page.goto(`/causes/${SPIKE_CAUSE_ID}?range=24m`);
  const table = page.getByTestId('top-customers');
  const first = table.locator('tbody tr').first();
  const shown = Number((await first.locator('td').first().textContent())!.replace(/,/g, ''));
  await first.locator('td').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`cause=${SPIKE_CAUSE_ID}&customer=\\d+&recurrence=1$`));
  await expect
    .poll(async () => Number(await page.getByTestId('explorer-count').getAttribute('data-value')))
    .toBe(shown);
});

test('an unknown or malformed cause is a 404', async ({ page }) => {
  for (const path of ['/causes/999999', '/causes/abc', '/causes/0']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});
