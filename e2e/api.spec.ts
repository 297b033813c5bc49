import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { countTicketsOpened } from './database';
import { parseFilters } from '@/lib/filters';
import { dayOf } from '@/lib/time';

test.use({ storageState: storageStateOf('admin') });

async function createToken(page: import('@playwright/test').Page, name: string, scope: string) {
  await page.goto('/settings/tokens');
  await page.getByLabel('Token name').fill(name);
  await page.getByLabel('Scope').selectOption(scope);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^upk_/);
  return token;
}

test('a read token reads the metrics until it is revoked', async ({ page, playwright }) => {
  const name = `dashboard-${Date.now()}`;
  const token = await createToken(page, name, 'read');
  const api = await playwright.request.newContext({
    baseURL: page.url().split('/settings')[0],
    storageState: { cookies: [], origins: [] },
  });
  expect((await api.get('/api/v1/metrics?range=24m')).status()).toBe(401);

  const auth = { Authorization: `Bearer ${token}` };
  const response = await api.get('/api/v1/metrics?range=24m', { headers: auth });
  expect(response.status()).toBe(200);
  const body = await response.json();
  const range = parseFilters({ range: '24m' }, dayOf(Date.now())).range;
  expect(body.kpis.tickets).toBe(countTicketsOpened(range.from, range.to));
  expect(body.departments.map((d: { slug: string }) => d.slug)).toContain('warehouse');

  const bad = await api.get('/api/v1/metrics?range=fortnight', { headers: auth });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('range');

  await page.goto('/settings/tokens');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByRole('cell').nth(3)).not.toHaveText('—');
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row).toContainText('Revoked');
  expect((await api.get('/api/v1/metrics', { headers: auth })).status()).toBe(401);
  await api.dispose();
});

test('an ingest token may not read metrics', async ({ page, playwright }) => {
  const token = await createToken(page, `loader-${Date.now()}`, 'ingest');
  const api = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await api.get(new URL('/api/v1/metrics', page.url()).toString(), {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(403);
  await api.dispose();
});
