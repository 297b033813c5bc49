import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { openedBetween, queryOne } from './database';
import { parseFilters } from '@/lib/filters';
import { dayOf } from '@/lib/time';

const range = parseFilters({ range: 'quarter' }, dayOf(Date.now())).range;

function classifiedInRange(): number {
  return queryOne<{ n: number }>(
    'SELECT COUNT(*) AS n FROM tickets WHERE root_cause_id IS NOT NULL AND opened_at >= ? AND opened_at < ?',
    ...openedBetween(range.from, range.to),
  ).n;
}

async function waiting(page: Page): Promise<number> {
  return Number(await page.getByTestId('triage-waiting').getAttribute('data-value'));
}

test.describe('an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('classifies ten tickets with the keyboard alone; coverage and departments follow; undo', async ({
    page,
  }) => {
    await page.goto('/triage?range=quarter');
    const queue = page.getByTestId('triage-queue');
    await expect(queue).toBeVisible();
    const before = await waiting(page);
    const classifiedBefore = classifiedInRange();
    const coverageBefore = Number(
      await page.getByTestId('coverage-value').getAttribute('data-value'),
    );

    // Nine times the first suggestion of the ticket on top ("1").
    for (let i = 1; i <= 9; i++) {
      await page.keyboard.press('1');
      await expect.poll(() => waiting(page)).toBe(before - i);
    }
    // The tenth: move down with j, search the taxonomy with /, confirm with Enter.
    const second = await queue.getByRole('listitem').nth(1).getAttribute('data-ticket');
    await page.keyboard.press('j');
    await page.keyboard.press('/');
    await page.keyboard.type('Wrong item picked');
    await page.keyboard.press('Enter');
    await expect.poll(() => waiting(page)).toBe(before - 10);
    expect(
      queryOne<{ cause: string }>(
        'SELECT c.name AS cause FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id WHERE t.id = ?',
        Number(second),
      ).cause,
    ).toBe('Wrong item picked');

    expect(classifiedInRange()).toBe(classifiedBefore + 10);
    const coverageAfter = Number(
      await page.getByTestId('coverage-value').getAttribute('data-value'),
    );
    expect(coverageAfter).toBeGreaterThan(coverageBefore);
    // Every change is audited, by this person.
    expect(
      queryOne<{ n: number }>(
        `SELECT COUNT(*) AS n FROM audit_events e JOIN users u ON u.id = e.user_id
         WHERE u.email = 'analyst@upstream.demo' AND e.action = 'classify'`,
      ).n,
    ).toBeGreaterThanOrEqual(10);

    // The warehouse page counts the ticket attributed to its cause.
    const warehouse = queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tickets WHERE opened_at >= ? AND opened_at < ?
         AND department_id = (SELECT id FROM departments WHERE slug = 'warehouse')`,
      ...openedBetween(range.from, range.to),
    ).n;
    await page.goto('/departments/warehouse?range=quarter');
    await expect(page.getByTestId('kpi-tickets')).toHaveAttribute('data-value', String(warehouse));

    // u takes the last one back into the queue.
    await page.goto('/triage?range=quarter');
    await expect.poll(() => waiting(page)).toBe(before - 10);
    await page.keyboard.press('1');
    await expect.poll(() => waiting(page)).toBe(before - 11);
    await page.keyboard.press('u');
    await expect.poll(() => waiting(page)).toBe(before - 10);
    await expect(page.getByTestId('triage-message')).toContainText('Undone');
  });
});

test.describe('the audit log', () => {
  test.use({ storageState: storageStateOf('executive') });

  test('lists the attributions made, by whom, filterable', async ({ page }) => {
    await page.goto('/audit?range=4w&entity=ticket');
    const table = page.getByTestId('audit-table');
    await expect(table).toContainText('Ana Analyst');
    await expect(table.getByRole('row').nth(1)).toContainText('ticket');
    // Filtered to settings, it lists exactly the setting changes (if another spec made any).
    await page.getByLabel('Changes to').selectOption('setting');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/entity=setting/);
    const settingChanges = queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'setting'`,
    ).n;
    await expect(
      settingChanges === 0
        ? page.getByTestId('audit-empty')
        : page.getByTestId('audit-table').locator('tbody tr'),
    ).toHaveCount(settingChanges === 0 ? 1 : settingChanges);
  });
});

test.describe('an analyst on a ticket page', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('changes the root cause with a reason, and the history shows it', async ({ page }) => {
    const ticket = queryOne<{ id: number }>(
      `SELECT t.id FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id
       WHERE c.name = 'Carrier delivery late' ORDER BY t.id DESC LIMIT 1`,
    );
    await page.goto(`/tickets/${ticket.id}`);
    await page.getByLabel('Change the root cause to').fill('Lost in transit');
    await page.getByRole('option', { name: /Lost in transit/ }).click();
    await page.getByLabel('Reason (kept in the history)').fill('Tracking shows the parcel lost');
    await page.getByRole('button', { name: 'Save' }).click();
    const history = page.getByTestId('ticket-history');
    await expect(history).toContainText('Ana Analyst attributed Carrier delivery late');
    await expect(history).toContainText('→ Lost in transit');
    await expect(history).toContainText('Tracking shows the parcel lost');
    expect(
      queryOne<{ cause: string }>(
        'SELECT c.name AS cause FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id WHERE t.id = ?',
        ticket.id,
      ).cause,
    ).toBe('Lost in transit');
  });
});

test.describe('a lead of warehouse', () => {
  test.use({ storageState: storageStateOf('lead') });

  test('is offered only warehouse causes', async ({ page }) => {
    await page.goto('/triage?range=quarter');
    await page.keyboard.press('/');
    await page.keyboard.type('Seal degrades');
    await expect(page.getByRole('option')).toHaveCount(0);
    await page.keyboard.press('Escape');
  });

  test('may not attribute a manufacturing ticket, neither in the page nor by a direct request', async ({
    page,
  }) => {
    const ticket = queryOne<{ id: number; cause: number }>(
      `SELECT t.id, t.root_cause_id AS cause FROM tickets t
       WHERE t.department_id = (SELECT id FROM departments WHERE slug = 'manufacturing')
         AND t.root_cause_id IS NOT NULL LIMIT 1`,
    );
    const warehouseCause = queryOne<{ id: number }>(
      `SELECT id FROM root_causes WHERE name = 'Wrong item picked'`,
    ).id;
    await page.goto(`/tickets/${ticket.id}`);
    const response = await page.request.put(`/api/v1/tickets/${ticket.id}/classification`, {
      data: { causeId: warehouseCause },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toContain('your own department');
    // Nothing changed.
    expect(
      queryOne<{ cause: number }>(
        'SELECT root_cause_id AS cause FROM tickets WHERE id = ?',
        ticket.id,
      ).cause,
    ).toBe(ticket.cause);
  });
});

test.describe('an executive', () => {
  test.use({ storageState: storageStateOf('executive') });

  test('reads but does not triage', async ({ page }) => {
    await page.goto('/triage');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }),
    ).toHaveCount(0);
  });
});
