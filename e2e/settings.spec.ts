import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';
import { SPIKE_ACTION_TITLE } from '@/db/seed/taxonomy';

test.use({ storageState: storageStateOf('admin') });

const spikeActionId = () =>
  queryOne<{ id: number }>('SELECT id FROM corrective_actions WHERE title = ?', SPIKE_ACTION_TITLE)
    .id;

test('an admin changes the effectiveness window; verdicts use it, the audit log has it', async ({
  page,
}) => {
  await page.goto('/settings/general');
  const weeks = page.getByLabel('Effectiveness window (weeks before and after a fix)');
  await expect(weeks).toHaveValue('8');
  // A bad value is refused, naming the field; nothing is stored.
  await weeks.fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Effectiveness window: at least 1 week')).toBeVisible();

  await weeks.fill('4');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved: effectiveness window.',
  );
  await page.goto(`/actions/${spikeActionId()}`);
  await expect(page.getByTestId('effectiveness')).toContainText('4 weeks before');

  await page.goto('/audit?entity=setting');
  await expect(page.getByTestId('audit-table')).toContainText('effectivenessWeeks');

  // Back to the default, so the other specs see the demo's settings.
  await page.goto('/settings/general');
  await page.getByLabel('Effectiveness window (weeks before and after a fix)').fill('8');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('an admin sets the display time zone; ticket times follow it', async ({ page }) => {
  // A ticket opened late in the UTC day: in Tokyo (UTC+9, no daylight saving) it is the next day.
  const ticket = queryOne<{ id: number; openedAt: number }>(
    `SELECT id, opened_at AS openedAt FROM tickets
     WHERE (opened_at / 3600000) % 24 BETWEEN 16 AND 22 ORDER BY id LIMIT 1`,
  );
  const tokyo = new Date(ticket.openedAt + 9 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  const opened = page.locator('dt', { hasText: /^Opened$/ }).locator('xpath=following-sibling::dd');

  await page.goto(`/tickets/${ticket.id}`);
  const utc = new Date(ticket.openedAt);
  await expect(opened).toContainText(`${two(utc.getUTCHours())}:${two(utc.getUTCMinutes())} UTC`);

  await page.goto('/settings/general');
  await page.getByLabel('Display time zone').selectOption('Asia/Tokyo');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved: display time zone.',
  );

  await page.goto(`/tickets/${ticket.id}`);
  await expect(opened).toContainText(
    `${two(tokyo.getUTCHours())}:${two(tokyo.getUTCMinutes())} GMT+9`,
  );
  await expect(opened).toHaveText(new RegExp(`^${tokyo.getUTCDate()} `));

  // Back to UTC, so the other specs see the demo's settings.
  await page.goto('/settings/general');
  await page.getByLabel('Display time zone').selectOption('UTC');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('others may not change the settings', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf('executive') });
  const page = await context.newPage();
  await page.goto('/settings/general');
  await expect(page.getByRole('alert').filter({ hasText: 'Not allowed' })).toBeVisible();
  await context.close();
});
