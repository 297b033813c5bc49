import fs from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { expectedRange, explorerCount } from './pages';
import { openedBetween, queryAll, queryOne } from './database';
import { TICKET_CSV_COLUMNS } from '@/lib/ticket-csv';

test.use({ storageState: storageStateOf('analyst') });

/** The id in the first row's ticket link. */
async function firstRowId(page: Page): Promise<number> {
  const href = await page
    .getByTestId('ticket-table')
    .locator('tbody tr')
    .first()
    .getByRole('link')
    .first()
    .getAttribute('href');
  return Number(/\/tickets\/(\d+)/.exec(href!)![1]);
}

/** Lower-case words as the search index cuts them: letters and digits, all else separates. */
const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  );

test('filters from the form land in the URL, and the count matches SQL; back restores', async ({
  page,
}) => {
  await page.goto('/tickets?range=quarter');
  const all = await explorerCount(page);
  await page.getByLabel('Originating department').selectOption({ label: 'Warehouse & shipping' });
  await page.getByLabel(/Recurrences only/).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();

  // Only the filters that are set, no empty parameters.
  await expect(page).toHaveURL(/\/tickets\?range=quarter&department=warehouse&recurrence=1$/);
  const range = expectedRange({ range: 'quarter' });
  const expected = queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets
     WHERE opened_at >= ? AND opened_at < ? AND is_recurrence = 1
       AND department_id = (SELECT id FROM departments WHERE slug = 'warehouse')`,
    ...openedBetween(range.from, range.to),
  ).n;
  expect(expected).toBeGreaterThan(0);
  await expect.poll(() => explorerCount(page)).toBe(expected);
  await expect(page.getByTestId('active-filters')).toContainText('Warehouse & shipping');

  // A filter chip removes its filter.
  await page.getByRole('link', { name: 'Remove the filter Recurrences' }).click();
  await expect(page).toHaveURL(/\/tickets\?range=quarter&department=warehouse$/);

  await page.goBack();
  await expect(page).toHaveURL(/recurrence=1$/);
  await expect.poll(() => explorerCount(page)).toBe(expected);
  await page.goBack();
  await expect(page).toHaveURL(/\/tickets\?range=quarter$/);
  await expect.poll(() => explorerCount(page)).toBe(all);
});

test('a text search finds a ticket by a word in its description', async ({ page }) => {
  const range = expectedRange({ range: '12m' });
  const [from, to] = openedBetween(range.from, range.to);
  const tickets = queryAll<{ id: number; subject: string; description: string }>(
    'SELECT id, subject, description FROM tickets WHERE opened_at >= ? AND opened_at < ?',
    from,
    to,
  ).map((t) => ({
    id: t.id,
    words: wordsOf(`${t.subject} ${t.description}`),
    description: t.description,
  }));
  // A word of some ticket's description that few tickets have, counted here without the index.
  // The rarest word may stand only in subjects, so the candidates are words of descriptions.
  const frequency = new Map<string, number>();
  const inDescriptions = new Set<string>();
  for (const t of tickets) {
    for (const w of t.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    for (const w of wordsOf(t.description)) inDescriptions.add(w);
  }
  const [word, expected] = [...frequency]
    .filter(([w]) => w.length >= 4 && !/\d/.test(w) && inDescriptions.has(w))
    .sort(([a, m], [b, n]) => m - n || a.localeCompare(b))[0];
  const target = tickets.find((t) => wordsOf(t.description).has(word))!;
  expect(target).toBeDefined();
  expect(expected).toBeLessThanOrEqual(50);

  await page.goto('/tickets?range=12m');
  await page.getByLabel('Search subject and description').fill(word);
  await page.getByLabel('Search subject and description').press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}$`));
  await expect.poll(() => explorerCount(page)).toBe(expected);
  await expect(
    page.getByTestId('ticket-table').locator(`a[href^="/tickets/${target.id}?"]`),
  ).toBeVisible();
});

test('a helpdesk id typed into the search box finds its ticket outside the period', async ({
  page,
}) => {
  // The oldest ticket: opened long before the last four weeks the explorer shows.
  const range = expectedRange({ range: '4w' });
  const ticket = queryOne<{ id: number; sourceSystem: string; externalId: string }>(
    `SELECT id, source_system AS sourceSystem, external_id AS externalId FROM tickets
     WHERE opened_at < ? ORDER BY opened_at, id LIMIT 1`,
    openedBetween(range.from, range.to)[0],
  );

  await page.goto('/tickets?range=4w');
  const search = page.getByLabel('Search subject and description, or a helpdesk id');
  await search.fill(` ${ticket.externalId} `);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${ticket.externalId}$`));
  const callout = page.getByRole('region', { name: `Helpdesk id ${ticket.externalId}` });
  await expect(callout).toContainText('found in any period and whatever the filters');
  // The text search's list still follows, for the period: here empty, and saying why.
  await expect(page.getByTestId('explorer-count')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('explorer-empty')).toContainText('No ticket has these words');

  // Followed by keyboard.
  const link = callout.getByRole('link', {
    name: `${ticket.sourceSystem} ticket ${ticket.externalId}`,
  });
  await link.focus();
  await link.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}\\?range=4w$`));
  await expect(page.getByText(`ticket ${ticket.externalId}, opened`)).toBeVisible();
});

test('the export has exactly as many data rows as the explorer says', async ({ page }) => {
  // A set larger than one export chunk (2,000), so the stream's pages join up.
  await page.goto('/tickets?range=24m&channel=phone');
  const count = await explorerCount(page);
  expect(count).toBeGreaterThan(2_000);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^upstream-tickets-.*\.csv$/);
  const records = Papa.parse<Record<string, string>>(
    fs.readFileSync((await download.path())!, 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  expect(records).toHaveLength(count);
  expect(Object.keys(records[0])).toEqual([...TICKET_CSV_COLUMNS]);
  expect(records.every((r) => r.channel === 'phone')).toBe(true);
  expect(new Set(records.map((r) => `${r.source_system}/${r.external_id}`)).size).toBe(count);
});

test('sorting by resolution time and paging through the results', async ({ page }) => {
  await page.goto('/tickets?range=12m');
  await page.getByRole('link', { name: /^Resolution/ }).click();
  await expect(page).toHaveURL(/sort=-resolution/);
  const range = expectedRange({ range: '12m' });
  const slowest = queryOne<{ id: number }>(
    `SELECT id FROM tickets WHERE opened_at >= ? AND opened_at < ? AND resolved_at IS NOT NULL
     ORDER BY resolved_at - opened_at DESC, id DESC LIMIT 1`,
    ...openedBetween(range.from, range.to),
  ).id;
  await expect.poll(() => firstRowId(page)).toBe(slowest);
  await expect(page.getByRole('columnheader', { name: /Resolution/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/after=\d+_\d+/);
  expect(await firstRowId(page)).not.toBe(slowest);
  await page.getByRole('link', { name: '← Previous' }).click();
  await expect(page).toHaveURL(/before=\d+_\d+/);
  await expect.poll(() => firstRowId(page)).toBe(slowest);
});

test('the column choice is remembered', async ({ page }) => {
  await page.goto('/tickets?range=4w');
  const table = page.getByTestId('ticket-table');
  await expect(table.getByRole('columnheader', { name: 'Fix cost' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByLabel('Fix cost').check();
  await expect(table.getByRole('columnheader', { name: 'Fix cost' })).toBeVisible();
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Fix cost' })).toBeVisible();
  // Put it back for the other tests.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByLabel('Fix cost').uncheck();
  await expect(table.getByRole('columnheader', { name: 'Fix cost' })).toHaveCount(0);
});

test('a customer picked in the combobox filters the list', async ({ page }) => {
  const range = expectedRange({ range: '24m' });
  const busiest = queryOne<{ id: number; name: string; n: number }>(
    `SELECT c.id, c.name, COUNT(*) AS n FROM tickets t JOIN customers c ON c.id = t.customer_id
     WHERE t.opened_at >= ? AND t.opened_at < ?
     GROUP BY c.id ORDER BY n DESC, c.id LIMIT 1`,
    ...openedBetween(range.from, range.to),
  );
  await page.goto('/tickets?range=24m');
  await page.getByRole('combobox', { name: 'Customer' }).fill(busiest.name);
  await page.getByRole('option', { name: busiest.name }).first().click();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`customer=${busiest.id}$`));
  await expect.poll(() => explorerCount(page)).toBe(busiest.n);
});

test('a ticket page shows its contacts and its chain, and links back', async ({ page }) => {
  const range = expectedRange({ range: '12m' });
  // A recurrence with several contacts: the richest page.
  const ticket = queryOne<{ id: number; externalId: string; contacts: number }>(
    `SELECT id, external_id AS externalId, contact_count AS contacts FROM tickets
     WHERE is_recurrence = 1 AND contact_count >= 2 AND opened_at >= ? AND opened_at < ?
     ORDER BY id LIMIT 1`,
    ...openedBetween(range.from, range.to),
  );
  await page.goto(`/tickets/${ticket.id}?range=12m`);
  await expect(page.getByText(`ticket ${ticket.externalId}, opened`)).toBeVisible();
  await expect(page.getByTestId('contacts').getByRole('listitem')).toHaveCount(ticket.contacts);
  const chain = page.getByTestId('recurrence-chain');
  await expect(chain.getByText('This ticket')).toBeVisible();
  await expect(chain.getByText('recurrence').first()).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Tickets' })
    .click();
  await expect(page).toHaveURL(/\/tickets\?range=12m$/);
});

test('unknown tickets are 404s and malformed filters fall back with a notice', async ({ page }) => {
  for (const path of ['/tickets/999999999', '/tickets/abc']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  await page.goto('/tickets?range=4w&channel=fax&department=nowhere&cause=x');
  const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notice.first()).toBeVisible();
  await expect(page.getByText(/"channel"/)).toBeVisible();
  await expect(page.getByText(/no department "nowhere"/)).toBeVisible();
  // The rest of the view still works: the whole period's tickets.
  const range = expectedRange({ range: '4w' });
  const all = queryOne<{ n: number }>(
    'SELECT COUNT(*) AS n FROM tickets WHERE opened_at >= ? AND opened_at < ?',
    ...openedBetween(range.from, range.to),
  ).n;
  await expect.poll(() => explorerCount(page)).toBe(all);
});
