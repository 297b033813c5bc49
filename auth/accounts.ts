/**
 * Creating accounts through better-auth's admin API (its scrypt password hashing),
 * shared by the first-run page, the admin's user page, the CLI and the demo seed.
 */
import type { Auth } from './config';
import type { NewAccount } from '@/lib/account-input';

export async function createAccount(auth: Auth, account: NewAccount): Promise<string> {
  const { user } = await auth.api.createUser({
    body: {
      email: account.email,
      password: account.password,
      name: account.name,
      role: account.role as 'admin',
      data: { departmentId: account.departmentId },
    },
  });
  return user.id;
}
