'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getAuth } from '@/auth';
import { requireUser } from '@/auth/session';
import { fieldErrors, newPasswordSchema } from '@/lib/account-input';

export interface PasswordChangeState {
  errors: Record<string, string>;
  message: string | null;
}

const changeSchema = z
  .object({ currentPassword: z.string().min(1, { error: 'Enter your current password' }) })
  .and(newPasswordSchema)
  .and(z.object({ confirmation: z.string() }))
  .refine((v) => v.password === v.confirmation, {
    error: 'The two new passwords differ',
    path: ['confirmation'],
  });

export async function changePassword(
  _: PasswordChangeState,
  form: FormData,
): Promise<PasswordChangeState> {
  await requireUser();
  const parsed = changeSchema.safeParse({
    currentPassword: form.get('currentPassword'),
    password: form.get('password'),
    confirmation: form.get('confirmation'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), message: null };
  try {
    await getAuth().api.changePassword({
      body: {
        currentPassword: parsed.data.currentPassword,
        newPassword: parsed.data.password,
        revokeOtherSessions: false,
      },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError) {
      return { errors: { currentPassword: 'That is not your current password' }, message: null };
    }
    throw error;
  }
  return { errors: {}, message: 'Password changed.' };
}
