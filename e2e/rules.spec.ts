import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';

test.use({ storageState: storageStateOf('admin') });

test('an admin writes a rule, sees what it would change, applies it; bad patterns are refused', async ({
  page,
}) => {
  await page.goto('/settings/rules');
  // A regular expression that does not compile is refused, the error tied to its field.
  await page.getByLabel('Test').selectOption('regex');
  await page.getByLabel('Pattern').fill('gear (motor');
  await page.getByLabel('Then the root cause is').selectOption({ label: 'Wrong item picked' });
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByText(/^Not a valid regular expression/)).toBeVisible();
  await expect(page.getByLabel('Pattern')).toHaveAccessibleDescription(
    /^Not a valid regular expression/,
  );

  await page.getByLabel('When').selectOption('subject');
  await page.getByLabel('Test').selectOption('contains');
  await page.getByLabel('Pattern').fill('Unit trips breaker');
  await page
    .getByLabel('Then the root cause is')
    .selectOption({ label: 'Wiring error at installation' });
  await page.getByRole('button', { name: 'Add rule' }).click();
  const table = page.getByTestId('rules-table');
  await expect(table).toContainText('Unit trips breaker');

  const cause = queryOne<{ id: number }>(
    "SELECT id FROM root_causes WHERE name = 'Wiring error at installation'",
  ).id;
  const expected = queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE subject LIKE '%unit trips breaker%'
       AND (root_cause_id IS NULL OR root_cause_id <> ?)
       AND (classification_source IS NULL OR classification_source <> 'human')`,
    cause,
  ).n;
  await table.getByRole('link', { name: 'Preview on existing tickets' }).click();
  const preview = page.getByTestId('rule-preview');
  await expect(preview).toContainText(`would change ${expected.toLocaleString('en-US')}`);

  if (expected > 0) {
    await preview.getByRole('button', { name: /Apply to these/ }).click();
    await expect(
      page.getByText(`${expected.toLocaleString('en-US')} tickets attributed`),
    ).toBeVisible();
    expect(
      queryOne<{ n: number }>(
        "SELECT COUNT(*) AS n FROM tickets WHERE subject LIKE '%unit trips breaker%' AND root_cause_id = ? AND classification_source = 'rule'",
        cause,
      ).n,
    ).toBe(expected);
    expect(
      queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'rule'").n,
    ).toBeGreaterThanOrEqual(expected);
  }
  await page.getByRole('button', { name: /Delete rule/ }).click();
  await expect(page.getByText('No rule yet.')).toBeVisible();
});
