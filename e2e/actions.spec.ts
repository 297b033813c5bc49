import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';
import {
  NO_EFFECT_ACTION_TITLE,
  NO_EFFECT_CAUSE_ID,
  SPIKE_ACTION_TITLE,
  SPIKE_CAUSE_ID,
} from '@/db/seed/taxonomy';

test.describe.configure({ mode: 'serial' });

const actionRow = (page: Page, title: string) =>
  page.getByTestId('action-row').filter({ has: page.getByRole('link', { name: title }) });

/** The manufacturing action of the demo data (the call-time trap's seal fix). */
const manufacturingAction = () =>
  queryOne<{ id: number; title: string; status: string }>(
    `SELECT a.id, a.title, a.status FROM corrective_actions a
     WHERE a.owner_department_id = (SELECT id FROM departments WHERE slug = 'manufacturing')
     ORDER BY a.id LIMIT 1`,
  );

const auditEvents = (actionId: number) =>
  queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'action' AND entity_id = ?`,
    String(actionId),
  ).n;

/** Overdue: still to be done, and due before today (UTC days, as the app counts them). */
const startOfTodayUtc = () => Math.floor(Date.now() / 86_400_000) * 86_400_000;

const TITLE = `Pick-to-light on the fast-moving aisles ${Date.now()}`;
let createdId: number;

test.describe('an executive', () => {
  test.use({ storageState: storageStateOf('executive') });

  test('sees the order-entry fix judged effective and the warehouse fix not effective', async ({
    page,
  }) => {
    await page.goto('/actions');
    await expect(actionRow(page, SPIKE_ACTION_TITLE).getByTestId('verdict')).toHaveText(
      'effective',
    );
    await expect(actionRow(page, NO_EFFECT_ACTION_TITLE).getByTestId('verdict')).toHaveText(
      'not effective',
    );

    // The action page says why, with the counts before and after.
    await actionRow(page, SPIKE_ACTION_TITLE)
      .getByRole('link', { name: SPIKE_ACTION_TITLE })
      .click();
    await expect(page.getByTestId('effectiveness')).toContainText('tickets fell from');
    await expect(page.getByTestId('effectiveness').getByTestId('verdict')).toHaveText('effective');
    // It opens the cause's chart on the weeks around the fix, the fix drawn on it.
    await page.getByRole('link', { name: 'The cause’s weeks before and after the fix' }).click();
    await expect(page).toHaveURL(new RegExp(`/causes/${SPIKE_CAUSE_ID}\\?`));
    await expect(page.getByText('Green lines mark corrective actions done.')).toBeVisible();
    // The control limits start again at the fix: the weeks after are not judged by the spike.
    await expect(page.getByTestId('chart-department-weekly')).toContainText(
      'recomputed from each corrective action done',
    );

    // And so do the causes' pages, whose weekly chart marks the done date.
    await page.goto(`/causes/${NO_EFFECT_CAUSE_ID}?range=24m`);
    await expect(actionRow(page, NO_EFFECT_ACTION_TITLE).getByTestId('verdict')).toHaveText(
      'not effective',
    );
    await expect(page.getByText('Green lines mark corrective actions done.')).toBeVisible();
    await page.goto(`/causes/${SPIKE_CAUSE_ID}?range=24m`);
    await expect(actionRow(page, SPIKE_ACTION_TITLE).getByTestId('verdict')).toHaveText(
      'effective',
    );
    // An executive reads; creating is for admins and leads.
    await expect(page.getByRole('link', { name: 'New corrective action' })).toHaveCount(0);
  });

  test('the overview and a department page show the open and overdue actions that concern them', async ({
    page,
  }) => {
    const today = startOfTodayUtc();
    const count = (where: string, ...params: number[]) =>
      queryOne<{ n: number }>(
        `SELECT COUNT(*) AS n FROM corrective_actions a JOIN root_causes c ON c.id = a.root_cause_id
         WHERE a.status IN ('open', 'in_progress') ${where}`,
        ...params,
      ).n;
    const warehouse = `AND (SELECT id FROM departments WHERE slug = 'warehouse')
      IN (a.owner_department_id, c.department_id)`;
    await page.goto('/');
    const summary = page.getByTestId('open-actions-summary');
    await expect(summary).toHaveAttribute('data-open', String(count('')));
    await expect(summary).toHaveAttribute('data-overdue', String(count('AND a.due_at < ?', today)));
    await page.goto('/departments/warehouse');
    await expect(summary).toHaveAttribute('data-open', String(count(warehouse)));
    await expect(summary).toHaveAttribute(
      'data-overdue',
      String(count(`${warehouse} AND a.due_at < ?`, today)),
    );
    await expect(page.getByTestId('open-actions').getByTestId('action-row').first()).toBeVisible();
  });

  test('filters the list to overdue actions', async ({ page }) => {
    await page.goto('/actions');
    await page.getByLabel('Overdue only').check();
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/overdue=1/);
    const rows = page.getByTestId('action-row');
    const overdue = queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM corrective_actions
       WHERE status IN ('open', 'in_progress') AND due_at < ?`,
      startOfTodayUtc(),
    ).n;
    expect(overdue).toBeGreaterThan(0);
    await expect(rows).toHaveCount(overdue);
    for (const row of await rows.all()) await expect(row).toContainText('overdue');
  });
});

test.describe('an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('creates an action from a cause page; it shows on /actions and in the audit log', async ({
    page,
  }) => {
    await page.goto(`/causes/${NO_EFFECT_CAUSE_ID}`);
    await page.getByRole('link', { name: 'New corrective action' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Wrong item picked');
    // A title too short is refused, the error tied to its field.
    await page.getByLabel('What is the fix?').fill('x');
    await page.getByRole('button', { name: 'Create the corrective action' }).click();
    await expect(page.getByText('Say what the fix is, in at least 3 characters.')).toBeVisible();
    await expect(page.getByLabel('What is the fix?')).toHaveAccessibleDescription(
      'Say what the fix is, in at least 3 characters.',
    );

    await page.getByLabel('What is the fix?').fill(TITLE);
    await page.getByLabel('How it removes the cause').fill('Lights show the picker the bin.');
    await page.getByLabel('Due').fill('2030-01-31');
    await page.getByRole('button', { name: 'Create the corrective action' }).click();
    await expect(page).toHaveURL(/\/actions\/\d+$/);
    createdId = Number(page.url().split('/').pop());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByTestId('action-history')).toContainText(`created “${TITLE}”`);

    await page.goto('/actions?department=warehouse');
    await expect(actionRow(page, TITLE)).toContainText('Warehouse');
    await expect(actionRow(page, TITLE)).toContainText('31 Jan 2030');

    await page.goto('/audit?entity=action');
    await expect(page.getByTestId('audit-table')).toContainText(TITLE);
  });
});

test.describe('the warehouse lead', () => {
  test.use({ storageState: storageStateOf('lead') });

  test('updates their department’s action; the change is in its history', async ({ page }) => {
    await page.goto(`/actions/${createdId}`);
    await page.getByLabel('Status').selectOption('in_progress');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('action-history')).toContainText(
      'changed the status: open → in progress',
    );
  });

  test('may not edit a manufacturing action, neither in the page nor by a forged request', async ({
    page,
  }) => {
    const target = manufacturingAction();
    const eventsBefore = auditEvents(target.id);
    await page.goto(`/actions/${target.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
    await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);

    // A forged request: the lead's own action form, pointed at the manufacturing action.
    await page.goto(`/actions/${createdId}`);
    await page
      .locator('input[type="hidden"][name="id"]')
      .evaluate((input: HTMLInputElement, id) => (input.value = String(id)), target.id);
    await page.getByLabel('What is the fix?').fill('Taken over by warehouse');
    await page.getByLabel('Status').selectOption('abandoned');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Only an admin, or the lead')).toBeVisible();

    // Nothing changed in the database.
    expect(manufacturingAction()).toEqual(target);
    expect(auditEvents(target.id)).toBe(eventsBefore);
  });
});
