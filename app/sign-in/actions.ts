'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/auth';
import { signInThrottle } from '@/auth/sign-in-throttle';
import { fieldErrors, signInSchema } from '@/lib/account-input';
import { safeNextPath } from '@/lib/next-path';

export interface SignInState {
  errors: Record<string, string>;
  email: string;
}

export async function signIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: form.get('email'),
    password: form.get('password'),
  });
  const email = String(form.get('email') ?? '');
  if (!parsed.success) return { errors: fieldErrors(parsed.error), email };
  const wait = signInThrottle.secondsUntilAllowed(parsed.data.email);
  if (wait > 0) {
    return {
      errors: { form: `Too many failed attempts for this account. Try again in ${wait} seconds.` },
      email,
    };
  }
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && error.status === 'TOO_MANY_REQUESTS') {
      return {
        errors: { form: 'Too many sign-in attempts from this address. Wait a minute.' },
        email,
      };
    }
    if (error instanceof APIError) {
      signInThrottle.recordFailure(parsed.data.email);
      return { errors: { form: 'That email and password do not match an account.' }, email };
    }
    throw error;
  }
  signInThrottle.recordSuccess(parsed.data.email);
  redirect(safeNextPath(form.get('next')));
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect('/sign-in');
}
