'use client';

import { useActionState } from 'react';
import { changePassword, type PasswordChangeState } from '@/app/account/actions';
import { MIN_PASSWORD_LENGTH } from '@/lib/account-input';
import { Field, SubmitButton } from './forms/field';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<PasswordChangeState, FormData>(changePassword, {
    errors: {},
    message: null,
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {state.message}
        </p>
      )}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={state.errors.currentPassword}
      />
      <Field
        label={`New password (at least ${MIN_PASSWORD_LENGTH} characters)`}
        name="password"
        type="password"
        autoComplete="new-password"
        error={state.errors.password}
      />
      <Field
        label="New password again"
        name="confirmation"
        type="password"
        autoComplete="new-password"
        error={state.errors.confirmation}
      />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
