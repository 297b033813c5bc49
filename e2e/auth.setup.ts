import { expect, test as setup } from '@playwright/test';
import { demoUser, storageStateOf } from './auth-state';
import { USER_ROLES } from '@/lib/domain';

for (const role of USER_ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    const user = demoUser(role);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
