'use client';

import { useActionState } from 'react';
import { createToken, type TokenFormState } from '@/app/settings/tokens/actions';
import { Field, FormError, SubmitButton } from '../forms/field';

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
        <div className="space-y-1">
          <label htmlFor="scope" className="block text-sm font-medium text-slate-800">
            Scope
          </label>
          <select
            id="scope"
            name="scope"
            defaultValue="read"
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            <option value="read">read: metrics</option>
            <option value="ingest">ingest: load tickets</option>
          </select>
        </div>
        <div className="self-end">
          <SubmitButton pending={pending}>Create token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
