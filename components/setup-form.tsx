'use client';

import { useActionState } from 'react';
import { createFirstAdmin, type SetupState } from '@/app/setup/actions';
import { MIN_PASSWORD_LENGTH } from '@/lib/account-input';
import { Field, FormError, SubmitButton } from './forms/field';

export function SetupForm() {
  const [state, action, pending] = useActionState<SetupState, FormData>(createFirstAdmin, {
    errors: {},
    values: { name: '', email: '' },
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError message={state.errors.form} />
      <Field
        label="Name"
        name="name"
        required
        defaultValue={state.values.name}
        error={state.errors.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values.email}
        error={state.errors.email}
      />
      <Field
        label={`Password (at least ${MIN_PASSWORD_LENGTH} characters)`}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={state.errors.password}
      />
      <SubmitButton pending={pending}>Create the administrator</SubmitButton>
    </form>
  );
}
