import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';
import { storyDates } from '@/db/seed/calendar';
import { SPIKE_CAUSE_ID, SPIKE_CAUSE_NAME } from '@/db/seed/taxonomy';
import { isoWeekOf, isoWeekStart, lastCompleteWeek } from '@/lib/iso-week';
import { dayOf, MS_PER_DAY } from '@/lib/time';

test.use({ storageState: storageStateOf('executive') });

const today = dayOf(Date.now());
/** The first week of the transposed-part-number spike (the e2e data set ends today). */
const spikeWeek = isoWeekOf(storyDates(today).spikeStartDay);

/** Pages in a PDF: one "/Type /Page" object each ("/Type /Pages" is the tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;

test('opens on the last complete week and moves week by week', async ({ page }) => {
  await page.goto('/review');
  const last = lastCompleteWeek(today);
  await expect(page).toHaveURL(new RegExp(`/review/${last}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Weekly review ${last}`);
  await expect(page.getByTestId('review-last-complete')).toContainText('the last complete week');
  await page.getByRole('link', { name: '← Previous week' }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${isoWeekOf(today - 14)}$`));
  await page.getByRole('link', { name: 'Next week →' }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${last}$`));
  // The week still running is shown with a warning and no way further on.
  await page.getByRole('link', { name: 'Next week →' }).click();
  await expect(page.getByText('This week is not over yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next week →' })).toHaveCount(0);
  // Its days so far against full weeks are no test: no movers, special causes or verdicts yet.
  for (const section of ['review-movers', 'review-special-causes']) {
    await expect(page.getByTestId(section)).toContainText('judged when the week is complete');
  }
  await expect(page.getByTestId('movers-fell')).toHaveCount(0);
  await expect(page.getByTestId('special-cause')).toHaveCount(0);
  await expect(page.getByTestId('review-headline').locator('.text-emerald-800')).toHaveCount(0);
});

test('the week just over judges resolution figures only once its tickets are resolved', async ({
  page,
}) => {
  const last = lastCompleteWeek(today);
  const start = isoWeekStart(last)!;
  const [from, to] = [start, start + 7].map((d) => d * MS_PER_DAY);
  const week = queryOne<{ tickets: number; open: number }>(
    `SELECT COUNT(*) AS tickets, COUNT(*) - COUNT(resolved_at) AS open FROM tickets
     WHERE opened_at >= ? AND opened_at < ?`,
    from,
    to,
  );
  // The data set ends today: many of the last week's tickets are still open.
  expect(week.open / week.tickets).toBeGreaterThan(0.05);
  await page.goto(`/review/${last}`);
  const headline = page.getByTestId('review-headline');
  const change = (figure: string) =>
    headline
      .getByRole('row', { name: new RegExp(`^${figure}`) })
      .getByRole('cell')
      .last();
  await expect(change('Median resolution')).toHaveText(/\(provisional\)$/);
  await expect(change('Median resolution')).toHaveClass(/text-slate-600/);
  await expect(change('Tickets')).not.toHaveText(/provisional/);
  await expect(page.getByText('are provisional and not judged yet')).toBeVisible();

  // Twelve weeks back nearly everything is resolved: the same figures are judged.
  await page.goto(`/review/${isoWeekOf(today - 12 * 7)}`);
  await expect(change('Median resolution')).not.toHaveText(/provisional/);
});

test('a week that has not started is not reviewed: it points to the weeks that can be', async ({
  page,
}) => {
  await page.goto(`/review/${isoWeekOf(today + 21)}`);
  await expect(page.getByText(`${isoWeekOf(today + 21)} has not started yet`)).toBeVisible();
  await expect(page.getByTestId('review-headline')).toHaveCount(0);
  await page.getByRole('link', { name: isoWeekOf(today), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${isoWeekOf(today)}$`));
  await expect(page.getByText('This week is not over yet')).toBeVisible();
});

test('a week inside the order-entry spike lists that cause as a mover and a special cause', async ({
  page,
}) => {
  await page.goto(`/review/${spikeWeek}`);
  const rose = page.getByTestId('movers-rose');
  await expect(rose.locator(`li[data-cause-id="${SPIKE_CAUSE_ID}"]`)).toContainText(
    SPIKE_CAUSE_NAME,
  );
  await expect(page.getByTestId('review-special-causes')).toContainText(SPIKE_CAUSE_NAME);
  // A mover's count opens exactly that cause's tickets of the week.
  await rose.locator(`li[data-cause-id="${SPIKE_CAUSE_ID}"]`).getByRole('link').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`cause=${SPIKE_CAUSE_ID}`));
});

test('prints to at most 3 pages', async ({ page }) => {
  for (const week of [spikeWeek, lastCompleteWeek(today)]) {
    await page.goto(`/review/${week}`);
    await expect(page.getByTestId('review-headline')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pageCount(pdf);
    expect(pages, `pages of the ${week} review`).toBeGreaterThanOrEqual(1);
    expect(pages, `pages of the ${week} review`).toBeLessThanOrEqual(3);
  }
});

test('copies the agenda as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/review/${spikeWeek}`);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain(`# Weekly review ${spikeWeek}`);
  expect(markdown).toContain('| Tickets (opened) |');
  expect(markdown).toMatch(new RegExp(`- Rose: ${SPIKE_CAUSE_NAME} \\(`));
});
