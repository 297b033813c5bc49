import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';

test.use({ storageState: storageStateOf('admin') });
// The two helpdesk files build on each other (same file twice); run them in order.
test.describe.configure({ mode: 'serial' });

// Made in the worker that runs the tests: a module-level directory would also be made, and
// left, by every process that only loads this file to list its tests.
let dir: string;
test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-e2e-import-'));
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A Zendesk ticket export: 30 rows, two of them broken, dated 2021 (outside the other tests' ranges). */
function zendeskFile(): string {
  const header =
    'Id,Subject,Created at,Solved at,Via,Requester id,Organization,Tags,Replies,Reopens,Full resolution time in minutes,Category [list]';
  const categories = ['Wrong part', 'Late delivery', 'Other'];
  const rows = Array.from({ length: 28 }, (_, i) => {
    const day = String((i % 27) + 1).padStart(2, '0');
    const solved = i % 4 === 0 ? '' : `2021-03-${day} 17:00:00`;
    return `ZD-${1000 + i},"Order ${i}: got the zebrafish part, not mine",2021-03-${day} 09:15:00,${solved},Phone call (incoming),req-${i % 7},Zebra Org ${i % 7},"vip, rush",2,0,480,${categories[i % 3]}`;
  });
  // Rows 3 and 5 are broken: inside the preview, and rejected by the import.
  rows.splice(2, 0, 'ZD-2000,Broken date,2021-02-30 10:00:00,,Email,req-1,Zebra Org 1,,1,0,,Other');
  rows.splice(4, 0, ',No id,2021-03-05 10:00:00,,Email,req-1,Zebra Org 1,,1,0,,Other');
  const file = path.join(dir, 'zendesk-tickets.csv');
  fs.writeFileSync(file, `${header}\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

/** A Freshdesk ticket export with its own header case, HH:MM:SS durations and a product. */
function freshdeskFile(): string {
  const header =
    'TICKET ID,Subject,Description,Source,Type,Created time,Resolved time,Closed time,Agent interactions,Customer interactions,Product,Tags,Requester Email,Company Name,Time tracked';
  const rows = Array.from({ length: 12 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return `FD-${i},Quokka valve leaks,"The valve leaks at the flange.\nSecond line.",Email,Incident,2021-04-${day} 08:00:00,,2021-04-${day} 20:00:00,3,2,Quokka valve 2in,,buyer${i % 3}@quokka.example,Quokka Pty,00:09:00`;
  });
  const file = path.join(dir, 'freshdesk-tickets.csv');
  fs.writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
  return file;
}

async function upload(page: Page, file: string) {
  await page.goto('/import');
  await page.getByLabel('Choose a file').setInputFiles(file);
  await expect(page).toHaveURL(/\/import\/\d+$/);
  return Number(/\/import\/(\d+)$/.exec(page.url())![1]);
}

async function figure(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

test('a Zendesk export: preset, value mapping, preview, import, summary, rejects, dashboard', async ({
  page,
}) => {
  const file = zendeskFile();
  await upload(page, file);
  await expect(page.getByLabel('The file is a')).toHaveValue('zendesk');
  await expect(page.getByLabel('Opened at *', { exact: true })).toHaveValue('Created at');
  await expect(page.getByLabel('Category, type or tags (mapped to causes)')).toHaveValue(
    'Category [list]',
  );
  // The values of the category column, to be given a meaning.
  const values = page.getByTestId('value-mapping');
  // Most frequent first.
  await expect(values.getByRole('rowheader')).toHaveText(['Other', 'Wrong part', 'Late delivery']);
  await values.getByLabel('Wrong part').selectOption({ label: 'Wrong item picked' });
  await values.getByLabel('Late delivery').selectOption({ label: 'Warehouse & shipping' });

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('18 of 20 would be stored');
  await expect(preview).toContainText('Created at (Opened at): is not a real calendar date');
  await expect(preview).toContainText('Warehouse & shipping › Wrong item picked');

  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  expect(await figure(page, 'import-inserted')).toBe(28);
  expect(await figure(page, 'import-rejected')).toBe(2);
  expect(
    queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id
       WHERE t.source_system = 'zendesk' AND c.name = 'Wrong item picked'`,
    ).n,
  ).toBe(10);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download the 2 rejected rows/ }).click();
  const rejects = Papa.parse<{ row: string; reason: string; raw_line: string }>(
    fs.readFileSync((await (await downloading).path())!, 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  expect(rejects.map((r) => r.row)).toEqual(['3', '5']);
  expect(rejects[0].reason).toContain('Created at (Opened at)');
  expect(rejects[1].reason).toContain('Id (Ticket id): empty');
  expect(rejects[0].raw_line).toContain('ZD-2000');

  // The new tickets are on the dashboard, for the period the summary links to.
  await page.getByRole('link', { name: /period on the overview/ }).click();
  await expect(page).toHaveURL(/\/\?range=custom&from=2021-03-01&to=2021-03-27$/);
  const expected = queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE opened_at >= ? AND opened_at < ?`,
    Date.parse('2021-03-01T00:00:00Z'),
    Date.parse('2021-03-28T00:00:00Z'),
  ).n;
  expect(expected).toBeGreaterThanOrEqual(28);
  await expect(page.getByTestId('kpi-tickets')).toHaveAttribute('data-value', String(expected));
});

test('the same Zendesk file again inserts nothing', async ({ page }) => {
  await upload(page, zendeskFile());
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  expect(await figure(page, 'import-inserted')).toBe(0);
  expect(await figure(page, 'import-rejected')).toBe(2);
  // Not mapped this time, the categories leave the attributions of the first import alone.
  expect(await figure(page, 'import-unchanged')).toBe(28);
});

test('a Freshdesk export: header case, closed time, handle time as contacts; saved mapping', async ({
  page,
}) => {
  await upload(page, freshdeskFile());
  await expect(page.getByLabel('The file is a')).toHaveValue('freshdesk');
  await expect(page.getByLabel('Ticket id *', { exact: true })).toHaveValue('TICKET ID');
  await expect(page.getByLabel('Handle time', { exact: true })).toHaveValue('Time tracked');
  await page
    .getByTestId('value-mapping')
    .getByLabel('Incident')
    .selectOption({ label: 'Seal degrades after weeks in service' });
  await page.getByLabel('Save this mapping as (optional)').fill('Freshdesk EU');
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  expect(await figure(page, 'import-inserted')).toBe(12);
  const stored = queryOne<{ contacts: number; handle: number; open: number; product: string }>(
    `SELECT SUM(contact_count) AS contacts, SUM(handle_seconds) AS handle,
            SUM(resolved_at IS NULL) AS open, MIN(p.name) AS product
     FROM tickets t LEFT JOIN products p ON p.id = t.product_id WHERE t.source_system = 'freshdesk'`,
  );
  expect(stored).toEqual({ contacts: 36, handle: 12 * 540, open: 0, product: 'Quokka valve 2in' });

  // The saved mapping is offered for the next file.
  await upload(page, freshdeskFile());
  await expect(page.getByLabel('Use a saved mapping')).toContainText('Freshdesk EU');
});

test('markup in an imported subject is shown as text and runs nothing', async ({ page }) => {
  const attack = '<img src=x onerror="window.__pwned=1">';
  const file = path.join(dir, 'xss.csv');
  fs.writeFileSync(
    file,
    `Id,Subject,Created at,Via,Requester id\r\nXSS-9,"${attack.replaceAll('"', '""')}",2021-05-03 10:00:00,Email,req-x\r\n`,
  );
  await upload(page, file);
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  const { id } = queryOne<{ id: number }>("SELECT id FROM tickets WHERE external_id = 'XSS-9'");
  await page.goto(`/tickets/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(attack);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('times written without a zone are read in the zone chosen for the file', async ({ page }) => {
  const file = path.join(dir, 'tokyo.csv');
  fs.writeFileSync(
    file,
    'Id,Subject,Created at,Solved at,Via,Requester id\r\nTZ-1,Koala latch sticks,2021-06-01 08:30:00,2021-06-01 17:00:00,Email,req-tz\r\n',
  );
  await upload(page, file);
  const zone = page.getByLabel('Times without a zone are in');
  // A new import starts from the display time zone (UTC here).
  await expect(zone).toHaveValue('UTC');
  await zone.selectOption('Asia/Tokyo');
  await page.getByRole('button', { name: 'Preview' }).click();
  // The preview shows the times as they will be stored, in the display time zone: 9 hours earlier.
  await expect(page.getByTestId('import-preview')).toContainText('31 May 2021, 23:30');
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  expect(
    queryOne<{ opened: number; resolved: number }>(
      "SELECT opened_at AS opened, resolved_at AS resolved FROM tickets WHERE external_id = 'TZ-1'",
    ),
  ).toEqual({
    opened: Date.parse('2021-05-31T23:30:00Z'),
    resolved: Date.parse('2021-06-01T08:00:00Z'),
  });
});

test('a first load of a helpdesk’s history goes in whole, its progress followed live', async ({
  page,
}) => {
  // More rows than the database holds and than BULK_FROM_ROWS: one bulk load (batch-storage.ts).
  const rows = 60_000;
  const header = 'Id,Subject,Created at,Solved at,Via,Requester id,Organization,Category [list]';
  const lines = Array.from({ length: rows }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return `KW-${i},Kiwi gearbox ${i},2020-02-${day} 08:00:00,2020-02-${day} 16:30:00,Phone,kiwi-${i % 900},Kiwi Org ${i % 900},Kiwi fault`;
  });
  const file = path.join(dir, 'kiwi-history.csv');
  fs.writeFileSync(file, `${header}\r\n${lines.join('\r\n')}\r\n`);
  const id = await upload(page, file);
  await page
    .getByTestId('value-mapping')
    .getByLabel('Kiwi fault')
    .selectOption({ label: 'Wrong item picked' });
  await page.getByRole('button', { name: 'Start import' }).click();

  // Nothing of the transaction is in the database before it commits; the live progress is.
  let rowsSeenRunning = 0;
  await expect
    .poll(
      async () => {
        const progress = (await (await page.request.get(`/api/imports/${id}`)).json()) as {
          status: string;
          rowsDone: number;
        };
        if (progress.status === 'running') {
          rowsSeenRunning = Math.max(rowsSeenRunning, progress.rowsDone);
        }
        return progress.status;
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBe('done');
  expect(rowsSeenRunning).toBeGreaterThan(0);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 10_000 });
  expect(await figure(page, 'import-inserted')).toBe(rows);
  expect(await figure(page, 'import-rejected')).toBe(0);
  expect(
    queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tickets t JOIN root_causes c ON c.id = t.root_cause_id
       WHERE t.external_id LIKE 'KW-%' AND c.name = 'Wrong item picked'`,
    ).n,
  ).toBe(rows);
});
