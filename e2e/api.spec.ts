import { expect, test } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { countTicketsOpened, queryOne } from './database';
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
  // Revoking asks first: cancelled, the token still works.
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Revoke “${name}”?` });
  await expect(dialog).toContainText('refused from its next call on');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).not.toContainText('Revoked');
  expect((await api.get('/api/v1/metrics', { headers: auth })).status()).toBe(200);
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await dialog.getByRole('button', { name: 'Revoke' }).click();
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

test.describe('POST /api/v1/tickets', () => {
  const ticket = (externalId: string, extra: Record<string, unknown> = {}) => ({
    externalId,
    openedAt: '2021-06-01T08:30:00Z',
    resolvedAt: '2021-06-02T10:00:00Z',
    channel: 'chat',
    customer: { ref: 'api-cust-1', name: 'Api Customer Ltd' },
    product: { sku: 'API-1', name: 'Api pump' },
    department: 'warehouse',
    rootCause: 'Wrong item picked',
    subject: `Wrong pump delivered (${externalId})`,
    contacts: [
      { startedAt: '2021-06-01T08:30:00Z', channel: 'chat', agent: 'Bot', handleSeconds: 240 },
    ],
    ...extra,
  });

  test('no token, a read token and a revoked token are refused; a bad body is a 400', async ({
    page,
    playwright,
  }) => {
    const read = await createToken(page, `reader-${Date.now()}`, 'read');
    const api = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
    const url = new URL('/api/v1/tickets', page.url()).toString();
    const body = { sourceSystem: 'api-test', tickets: [ticket('A-0')] };
    expect((await api.post(url, { data: body })).status()).toBe(401);
    expect(
      (await api.post(url, { data: body, headers: { Authorization: `Bearer ${read}` } })).status(),
    ).toBe(403);

    const name = `loader-${Date.now()}`;
    const token = await createToken(page, name, 'ingest');
    const auth = { Authorization: `Bearer ${token}` };
    for (const [bad, message] of [
      [{ tickets: [ticket('A-1')] }, 'sourceSystem'],
      [{ sourceSystem: 'api-test', tickets: {} }, 'tickets: must be an array'],
      [
        {
          sourceSystem: 'api-test',
          tickets: Array.from({ length: 1001 }, (_, i) => ticket(`X${i}`)),
        },
        'at most 1,000',
      ],
    ] as const) {
      const response = await api.post(url, { data: bad, headers: auth });
      expect(response.status()).toBe(400);
      expect((await response.json()).error).toContain(message);
    }
    const notJson = await api.post(url, {
      data: 'not json',
      headers: { ...auth, 'Content-Type': 'application/json' },
    });
    expect(notJson.status()).toBe(400);
    expect(
      queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM tickets WHERE source_system = 'api-test'")
        .n,
    ).toBe(0);

    await page.goto('/settings/tokens');
    await page
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('button', { name: `Revoke ${name}` })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Revoked');
    expect((await api.post(url, { data: body, headers: auth })).status()).toBe(401);
    await api.dispose();
  });

  test('a mixed batch stores the good tickets and reports the bad ones by field', async ({
    page,
    playwright,
  }) => {
    const token = await createToken(page, `mixed-${Date.now()}`, 'ingest');
    const api = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
    const url = new URL('/api/v1/tickets', page.url()).toString();
    const auth = { Authorization: `Bearer ${token}` };
    const batch = {
      sourceSystem: 'api-mixed',
      tickets: [
        ticket('M-1'),
        ticket('M-2', { openedAt: 'yesterday' }),
        ticket('M-3', { rootCause: 'Gremlins' }),
        ticket('M-4', {
          contacts: [{ startedAt: '2021-06-01T08:30:00Z', channel: 'fax', handleSeconds: -5 }],
        }),
        ticket('M-1'),
        ticket('M-5', { department: null, rootCause: null, product: null }),
      ],
    };
    const first = await (await api.post(url, { data: batch, headers: auth })).json();
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: 4 });
    expect(first.results.map((r: { result: string }) => r.result)).toEqual([
      'created',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'created',
    ]);
    expect(first.results[1].errors).toEqual([
      { path: 'openedAt', message: expect.stringContaining('ISO 8601') },
    ]);
    expect(first.results[2].errors[0]).toEqual({
      path: 'rootCause',
      message: 'no cause "Gremlins" in department "warehouse"',
    });
    expect(first.results[3].errors.map((e: { path: string }) => e.path)).toEqual([
      'contacts.0.channel',
      'contacts.0.handleSeconds',
    ]);
    expect(first.results[4].errors).toEqual([
      { path: 'externalId', message: 'appears twice in this batch' },
    ]);
    const stored = queryOne<{ n: number; handle: number; cause: string }>(
      `SELECT COUNT(*) AS n, SUM(t.handle_seconds) AS handle, MAX(c.name) AS cause FROM tickets t
       LEFT JOIN root_causes c ON c.id = t.root_cause_id WHERE t.source_system = 'api-mixed'`,
    );
    expect(stored).toEqual({ n: 2, handle: 480, cause: 'Wrong item picked' });

    // Sent again: nothing changes; a real change is an update.
    const again = await (
      await api.post(url, {
        data: { ...batch, tickets: [ticket('M-1'), ticket('M-5', { subject: 'Now resolved' })] },
        headers: auth,
      })
    ).json();
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    await api.dispose();
  });

  test('a subject with markup is shown as text and runs nothing', async ({ page, playwright }) => {
    const token = await createToken(page, `xss-${Date.now()}`, 'ingest');
    const api = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const response = await api.post(new URL('/api/v1/tickets', page.url()).toString(), {
      data: {
        sourceSystem: 'api-xss',
        tickets: [ticket('XSS-1', { subject: attack, description: attack })],
      },
      headers: { Authorization: `Bearer ${token}` },
    });
    expect((await response.json()).created).toBe(1);
    const { id } = queryOne<{ id: number }>(
      "SELECT id FROM tickets WHERE source_system = 'api-xss'",
    );
    await page.goto(`/tickets/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(attack);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await page.goto('/tickets?range=custom&from=2021-06-01&to=2021-06-01&q=pwned');
    await expect(page.getByTestId('ticket-table')).toContainText('<img src=x');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await api.dispose();
  });
});
