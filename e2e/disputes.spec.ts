import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';
import { isoWeekOf } from '@/lib/iso-week';
import { dayOf } from '@/lib/time';

test.describe.configure({ mode: 'serial' });

/** A warehouse ticket, the same for both steps. */
const ticket = () =>
  queryOne<{ id: number; externalId: string }>(
    `SELECT t.id, t.external_id AS externalId FROM tickets t
     JOIN root_causes c ON c.id = t.root_cause_id
     WHERE c.name = 'Items missing from shipment'
       AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.ticket_id = t.id)
     ORDER BY t.id LIMIT 1`,
  );
let disputed: { id: number; externalId: string };

const openDisputes = () =>
  queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM disputes WHERE status = 'open'
       AND department_id = (SELECT id FROM departments WHERE slug = 'warehouse')`,
  ).n;

test.describe('the warehouse lead', () => {
  test.use({ storageState: storageStateOf('lead') });

  test('disputes a ticket attributed to warehouse; the department page shows it', async ({
    page,
  }) => {
    disputed = ticket();
    await page.goto(`/tickets/${disputed.id}`);
    await page
      .getByLabel('Why this is not your department’s problem')
      .fill('The carrier lost two cartons; the packing list was complete.');
    await page.getByRole('button', { name: 'Dispute this attribution' }).click();
    // The page now shows the open dispute instead of the form.
    await expect(page.getByTestId('ticket-dispute')).toContainText('The carrier lost two cartons');

    await page.goto('/departments/warehouse?range=24m');
    await expect(page.getByTestId('department-disputes')).toHaveAttribute(
      'data-value',
      String(openDisputes()),
    );
    await page.getByTestId('department-disputes').getByRole('link').click();
    await expect(page).toHaveURL(/\/disputes\?department=warehouse&status=open$/);
    await expect(page.getByTestId('disputes-table')).toContainText(disputed.externalId);
  });
});

test.describe('an analyst at the weekly review', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('upholds it: the ticket goes to the carrier, the dispute leaves the count', async ({
    page,
  }) => {
    const before = openDisputes();
    // The last complete week's review was frozen before the dispute; it counts it as raised since.
    await page.goto('/review');
    await expect(page.getByTestId('review-disputes-since')).toContainText('raised since');
    // The review of the week it was raised in lists it, with the way to settle it.
    await page.goto(`/review/${isoWeekOf(dayOf(Date.now()))}`);
    await page
      .getByTestId('review-dispute')
      .filter({ hasText: disputed.externalId })
      .getByRole('link', { name: 'Settle it' })
      .click();
    await expect(page).toHaveURL(/\/disputes\?status=open#dispute-\d+$/);
    const row = page
      .getByTestId('disputes-table')
      .getByRole('row')
      .filter({ hasText: disputed.externalId });
    await row.getByLabel('Re-attribute to').selectOption({ label: 'Lost in transit' });
    await row.getByLabel('Note').fill('Carrier confirmed the loss');
    await row.getByRole('button', { name: 'Settle' }).click();
    // Settled, it leaves the list of open disputes.
    await expect(row).toHaveCount(0);
    expect(
      queryOne<{ cause: string }>(
        'SELECT c.name AS cause FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id WHERE t.id = ?',
        disputed.id,
      ).cause,
    ).toBe('Lost in transit');
    expect(openDisputes()).toBe(before - 1);
    await page.goto('/disputes?status=upheld');
    await expect(page.getByTestId('disputes-table')).toContainText('upheld by Ana Analyst');
    await page.goto(`/tickets/${disputed.id}`);
    await expect(page.getByTestId('ticket-history')).toContainText('Carrier confirmed the loss');
  });
});
