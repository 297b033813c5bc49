import { expect, test } from '@playwright/test';
import { demoUser, storageStateOf } from './auth-state';
import { USER_ROLES } from '@/lib/domain';

test.describe('signed out', () => {
  test('every page redirects to sign-in and every API call gets 401', async ({ page, request }) => {
    for (const path of [
      '/',
      '/?range=4w',
      '/departments',
      '/departments/warehouse',
      '/causes/12',
      '/tickets?q=leak',
      '/tickets/1',
      '/triage',
      '/disputes',
      '/audit',
      '/actions',
      '/actions/new?cause=12',
      '/actions/1',
      '/review',
      '/review/2026-W10',
      '/import',
      '/settings/users',
      '/settings/rules',
      '/settings/taxonomy',
      '/settings/general',
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?next=/);
      expect(new URL(page.url()).searchParams.get('next')).toBe(path);
      await expect(page.getByRole('heading', { name: 'Sign in to Upstream' })).toBeVisible();
    }
    for (const path of [
      '/api/v1/metrics',
      '/api/v1/tickets',
      '/api/tickets/export',
      '/api/imports/1',
      '/api/lookup/customer?q=a',
    ]) {
      const response = await request.get(path);
      expect(response.status()).toBe(401);
      expect(await response.text()).not.toMatch(/at \w+ \(|SELECT|sqlite/i);
    }
    for (const path of ['/api/v1/tickets', '/api/imports']) {
      expect((await request.post(path, { data: {} })).status()).toBe(401);
    }
    expect(
      (await request.put('/api/v1/tickets/1/classification', { data: { causeId: 1 } })).status(),
    ).toBe(401);
  });

  test('a wrong password is refused with a clear message and no session', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(demoUser('admin').email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('security headers: CSP without inline scripts, no framing, no sniffing', async ({
    request,
  }) => {
    const response = await request.get('/sign-in');
    const headers = response.headers();
    const scriptSrc = headers['content-security-policy']
      .split(';')
      .find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toContain("'nonce-");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

for (const role of USER_ROLES) {
  test.describe(`signed in as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test('sees their name and role, and the user admin only if admin', async ({ page }) => {
      await page.goto('/');
      const header = page.getByRole('banner');
      await expect(header.getByText(demoUser(role).name)).toBeVisible();
      await expect(page.getByTestId('kpi-tickets')).toBeVisible();
      const adminMenu = page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Admin' });
      await expect(adminMenu).toHaveCount(role === 'admin' ? 1 : 0);
      if (role === 'admin') {
        await adminMenu.click();
        await expect(page.getByRole('menuitem', { name: 'Users' })).toBeVisible();
        await page.keyboard.press('Escape');
      }
      await page.goto('/settings/users');
      if (role === 'admin') {
        await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
      } else {
        await expect(page.getByRole('alert').filter({ hasText: 'Not allowed' })).toBeVisible();
        await expect(page.getByRole('table')).toHaveCount(0);
      }
    });
  });
}

test.describe('the admin manages users', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('creates a lead who can then sign in; resets their password', async ({ page, browser }) => {
    const email = `lead-${Date.now()}@example.com`;
    await page.goto('/settings/users');
    await page.getByLabel('Name').fill('Lena Lead');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Initial password').fill('first-password-1');
    await page.getByLabel('Role').selectOption('lead');
    await page.getByRole('button', { name: 'Create user' }).click();
    // A lead without a department is refused, naming the field.
    await expect(page.getByText('A lead needs the department they lead')).toBeVisible();
    await expect(page.getByLabel('Department (leads only)')).toHaveAccessibleDescription(
      /A lead needs the department they lead/,
    );
    await page
      .getByLabel('Department (leads only)')
      .selectOption({ label: 'Warehouse & shipping' });
    await page.getByLabel('Initial password').fill('first-password-1');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText(`Created ${email}.`)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Warehouse & shipping');

    await row.getByLabel(`New password for ${email}`).fill('second-password-2');
    await row.getByRole('button', { name: 'Reset' }).click();
    await expect(row.getByText('Password reset.')).toBeVisible();
    await page.goto('/audit?entity=user');
    const events = page.getByRole('row').filter({ hasText: `user ${email}` });
    await expect(events.filter({ hasText: 'create' })).toContainText('lead');
    await expect(events.filter({ hasText: 'reset the password of' })).toHaveCount(1);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    await other.goto('/sign-in');
    await other.getByLabel('Email').fill(email);
    await other.getByLabel('Password').fill('second-password-2');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect(other.getByRole('banner').getByText('Lena Lead')).toBeVisible();
    await other.getByRole('button', { name: 'Sign out' }).click();
    await expect(other).toHaveURL(/\/sign-in/);
    await context.close();
  });
});

test.describe('a person changes their own password', () => {
  test('the analyst changes it and signs in with the new one', async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const email = `analyst-${Date.now()}@example.com`;
    // A fresh account, so the shared demo sessions stay valid for the other tests.
    const admin = await browser.newContext({ storageState: storageStateOf('admin') });
    const adminPage = await admin.newPage();
    await adminPage.goto('/settings/users');
    await adminPage.getByLabel('Name').fill('Pat Analyst');
    await adminPage.getByLabel('Email').fill(email);
    await adminPage.getByLabel('Initial password').fill('initial-password-1');
    await adminPage.getByRole('button', { name: 'Create user' }).click();
    await expect(adminPage.getByText(`Created ${email}.`)).toBeVisible();
    await admin.close();

    const signIn = async (password: string) => {
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    };
    await signIn('initial-password-1');
    await page.getByRole('link', { name: /Pat Analyst/ }).click();
    await page.getByLabel('Current password').fill('wrong-password-0');
    await page.getByLabel(/^New password \(/).fill('changed-password-2');
    await page.getByLabel('New password again').fill('changed-password-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('That is not your current password')).toBeVisible();
    await page.getByLabel('Current password').fill('initial-password-1');
    await page.getByLabel(/^New password \(/).fill('changed-password-2');
    await page.getByLabel('New password again').fill('changed-password-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Password changed.')).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn('initial-password-1');
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
    await signIn('changed-password-2');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await context.close();
  });
});
