'use server';

import { APIError } from 'better-auth/api';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getAuth } from '@/auth';
import { createAccount } from '@/auth/accounts';
import { requirePermission } from '@/auth/session';
import { getDb } from '@/db/client';
import { insertAuditEvents } from '@/db/queries/audit';
import { getUserEmail } from '@/db/queries/users';
import { fieldErrors, newAccountSchema, newPasswordSchema } from '@/lib/account-input';

export interface UserFormState {
  errors: Record<string, string>;
  message: string | null;
  /** What was typed (but the password), so a refused form keeps it. */
  values?: Record<string, string>;
}

/**
 * A change to who may do what is audited like any other. Users are named by their email, which
 * the app never changes, so that the audit log reads without looking ids up.
 */
function auditUserChange(adminId: string, email: string, action: string, role?: string) {
  insertAuditEvents(getDb(), [
    {
      at: Date.now(),
      userId: adminId,
      entity: 'user',
      entityId: email,
      action,
      ...(role ? { field: 'role', toValue: role } : {}),
    },
  ]);
}

export async function createUser(_: UserFormState, form: FormData): Promise<UserFormState> {
  const admin = await requirePermission('manageUsers');
  const values = Object.fromEntries(
    ['name', 'email', 'role', 'departmentId'].map((k) => [k, String(form.get(k) ?? '')]),
  );
  const parsed = newAccountSchema.safeParse({
    ...values,
    password: form.get('password'),
    departmentId: values.departmentId || null,
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), message: null, values };
  try {
    await createAccount(getAuth(), parsed.data);
    auditUserChange(admin.id, parsed.data.email, 'create', parsed.data.role);
  } catch (error) {
    if (error instanceof APIError)
      return { errors: { form: error.message }, message: null, values };
    throw error;
  }
  revalidatePath('/settings/users');
  return { errors: {}, message: `Created ${parsed.data.email}.` };
}

export async function resetPassword(_: UserFormState, form: FormData): Promise<UserFormState> {
  const admin = await requirePermission('manageUsers');
  const parsed = newPasswordSchema.safeParse({ password: form.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), message: null };
  const userId = String(form.get('userId'));
  // The admin plugin checks the admin's session again and hashes with better-auth's scrypt.
  await getAuth().api.setUserPassword({
    body: { userId, newPassword: parsed.data.password },
    headers: await headers(),
  });
  const email = getUserEmail(getDb(), userId);
  if (email) auditUserChange(admin.id, email, 'reset_password');
  return { errors: {}, message: 'Password reset. Tell the person through a channel you trust.' };
}
