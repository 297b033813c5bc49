'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/auth';
import { createAccount } from '@/auth/accounts';
import { getDb } from '@/db/client';
import { countUsers } from '@/db/queries/users';
import { fieldErrors, newAccountSchema } from '@/lib/account-input';

export interface SetupState {
  errors: Record<string, string>;
  values: { name: string; email: string };
}

/** Creates the first admin; refused as soon as any account exists. */
export async function createFirstAdmin(_: SetupState, form: FormData): Promise<SetupState> {
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
  if (countUsers(getDb()) > 0) redirect('/sign-in');
  const parsed = newAccountSchema.safeParse({
    ...values,
    password: form.get('password'),
    role: 'admin',
    departmentId: null,
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const auth = getAuth();
  await createAccount(auth, parsed.data);
  await auth.api.signInEmail({
    body: { email: parsed.data.email, password: parsed.data.password },
    headers: await headers(),
  });
  redirect('/');
}
