'use client';

import { useActionState } from 'react';
import { createToken, type TokenFormState } from '@/app/settings/tokens/actions';
import { Field, FormError, SelectField, SubmitButton } from '../forms/field';

export function NewTokenForm() {
  const [state, action, pending] = useActionState<TokenFormState, FormData>(createToken, {
    errors: {},
    token: null,
  });
  return (
    <div className="space-y-4">
      {state.token && (
        <div role="status" className="space-y-2 rounded-md bg-green-50 p-4 text-sm text-green-900">
          <p className="font-medium">
            Copy this token now: it is stored only as a hash and will not be shown again.
          </p>
          <code
            data-testid="new-token"
            className="block break-all rounded bg-white px-3 py-2 font-mono text-slate-900"
          >
            {state.token}
          </code>
        </div>
      )}
      <form action={action} className="grid gap-4 sm:grid-cols-3" noValidate>
        <div className="sm:col-span-3">
          <FormError message={state.errors.form} />
        </div>
        <Field label="Token name" name="name" required error={state.errors.name} />
        <SelectField label="Scope" name="scope" defaultValue="read" error={state.errors.scope}>
          <option value="read">read: metrics</option>
          <option value="ingest">ingest: load tickets</option>
        </SelectField>
        <div className="self-end">
          <SubmitButton pending={pending}>Create token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
