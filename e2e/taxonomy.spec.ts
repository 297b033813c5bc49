import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';

test.use({ storageState: storageStateOf('admin') });

const count = (cause: string) =>
  queryOne<{ n: number }>(
    'SELECT COUNT(*) AS n FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id WHERE c.name = ?',
    cause,
  ).n;

test('an admin adds, renames and moves a cause, then merges one after confirming: tickets re-pointed, in the audit log', async ({
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

  // Moved to another department first, the merge takes its tickets back to the warehouse.
  const merged = 'Paperwork missing from box';
  const survivor = 'Items missing from shipment';
  const moved = count(merged);
  const before = count(survivor);
  expect(moved).toBeGreaterThan(0);
  await warehouse
    .getByLabel(`Department for ${merged}`)
    .selectOption({ label: 'Vendors & carriers' });
  await warehouse
    .getByRole('row', { name: new RegExp(merged) })
    .getByRole('button', { name: 'Move' })
    .click();
  const move = page.getByRole('alertdialog', { name: `Move “${merged}” to Vendors & carriers?` });
  await expect(move).toBeVisible();
  await expect(move).toContainText(
    `its ${moved} tickets move from Warehouse & shipping to Vendors & carriers`,
  );
  await expect(move).toContainText('audit log');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByText(`Moved, with its ${moved} tickets.`)).toBeVisible();
  const vendor = page.getByTestId('taxonomy-vendor');
  await expect(vendor).toContainText(merged);

  await vendor
    .getByLabel(`Merge ${merged} into`)
    .selectOption({ label: `${survivor} (Warehouse & shipping)` });
  await vendor
    .getByRole('row', { name: new RegExp(merged) })
    .getByRole('button', { name: 'Merge' })
    .click();
  const confirm = page.getByRole('alertdialog', { name: `Merge “${merged}” into “${survivor}”?` });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(
    `its ${moved} tickets, its classification rules and its corrective actions will be attributed to “${survivor}”, and the tickets move from Vendors & carriers to Warehouse & shipping`,
  );
  await expect(confirm).toContainText('cannot be undone');
  await expect(confirm).toContainText('audit log');
  await confirm.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(`Merged: ${moved} tickets re-pointed.`)).toBeVisible();
  await expect(confirm).toBeHidden();
  expect(count(merged)).toBe(0);
  expect(count(survivor)).toBe(before + moved);
  await expect(vendor).toContainText(`merged into “${survivor}”`);

  await page.goto('/audit?range=4w&entity=root_cause');
  const log = page.getByTestId('audit-table');
  await expect(log).toContainText(`merged root cause “${merged}”`);
  // The move before it, between departments named as such.
  const moveRow = log.getByRole('row', { name: new RegExp(`moved root cause “${merged}”`) });
  await expect(moveRow).toContainText('Warehouse & shipping');
  await expect(moveRow).toContainText('Vendors & carriers');
  await expect(log).toContainText('Pallet wrapped loose');
});

test('cancelling a merge or a move, by button or Escape, changes nothing', async ({ page }) => {
  const cause = 'Label applied to wrong order';
  const tickets = count(cause);
  const changes = () =>
    queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'root_cause'
         AND entity_id = CAST((SELECT id FROM root_causes WHERE name = ?) AS TEXT)`,
      cause,
    ).n;
  const department = () =>
    queryOne<{ slug: string }>(
      `SELECT d.slug FROM root_causes c JOIN departments d ON d.id = c.department_id
       WHERE c.name = ?`,
      cause,
    ).slug;
  expect(tickets).toBeGreaterThan(0);
  const before = changes();

  await page.goto('/settings/taxonomy');
  const row = page.getByTestId('taxonomy-warehouse').getByRole('row', { name: new RegExp(cause) });
  await row
    .getByLabel(`Merge ${cause} into`)
    .selectOption({ label: 'Wrong item picked (Warehouse & shipping)' });
  const merge = row.getByRole('button', { name: 'Merge' });
  await merge.click();
  const dialog = page.getByRole('alertdialog', {
    name: `Merge “${cause}” into “Wrong item picked”?`,
  });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`its ${tickets} tickets`);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(merge).toBeFocused();
  await merge.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(merge).toBeFocused();

  await row.getByLabel(`Department for ${cause}`).selectOption({ label: 'Engineering' });
  await row.getByRole('button', { name: 'Move' }).click();
  const move = page.getByRole('alertdialog', { name: `Move “${cause}” to Engineering?` });
  await expect(move).toBeVisible();
  await expect(move).toContainText(
    `its ${tickets} tickets move from Warehouse & shipping to Engineering`,
  );
  await move.getByRole('button', { name: 'Cancel' }).click();
  await expect(move).toBeHidden();

  await page.reload();
  await expect(row).toContainText('in use');
  expect(count(cause)).toBe(tickets);
  expect(department()).toBe('warehouse');
  expect(changes()).toBe(before);
});
