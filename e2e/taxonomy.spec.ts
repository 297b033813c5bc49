import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';

test.use({ storageState: storageStateOf('admin') });

const count = (cause: string) =>
  queryOne<{ n: number }>(
    'SELECT COUNT(*) AS n FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id WHERE c.name = ?',
    cause,
  ).n;

test('an admin adds and renames a cause, then merges one: tickets re-pointed, in the audit log', async ({
  page,
}) => {
  await page.goto('/settings/taxonomy');
  await page
    .getByLabel('Department', { exact: true })
    .selectOption({ label: 'Warehouse & shipping' });
  await page.getByLabel('Name', { exact: true }).fill('Pallet wrapped loose');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Created “Pallet wrapped loose”.')).toBeVisible();
  const warehouse = page.getByTestId('taxonomy-warehouse');
  await warehouse.getByLabel('New name for Pallet wrapped loose').fill('Pallets wrapped loosely');
  await warehouse
    .getByRole('row', { name: /Pallet wrapped loose/ })
    .getByRole('button', { name: 'Rename' })
    .click();
  await expect(page.getByText('Renamed to “Pallets wrapped loosely”.')).toBeVisible();
  // A name can be used only once in a department.
  await page
    .getByLabel('Department', { exact: true })
    .selectOption({ label: 'Warehouse & shipping' });
  await page.getByLabel('Name', { exact: true }).fill('pallets wrapped LOOSELY');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'already has a cause' })).toBeVisible();

  const merged = 'Paperwork missing from box';
  const survivor = 'Items missing from shipment';
  const moved = count(merged);
  const before = count(survivor);
  expect(moved).toBeGreaterThan(0);
  await warehouse
    .getByLabel(`Merge ${merged} into`)
    .selectOption({ label: `${survivor} (Warehouse & shipping)` });
  await warehouse
    .getByRole('row', { name: new RegExp(merged) })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(page.getByText(`Merged: ${moved} tickets re-pointed.`)).toBeVisible();
  expect(count(merged)).toBe(0);
  expect(count(survivor)).toBe(before + moved);
  await expect(page.getByTestId('taxonomy-warehouse')).toContainText(`merged into “${survivor}”`);

  await page.goto('/audit?range=4w&entity=root_cause');
  const log = page.getByTestId('audit-table');
  await expect(log).toContainText('merged root cause');
  await expect(log).toContainText(merged);
  await expect(log).toContainText('Pallet wrapped loose');
});
