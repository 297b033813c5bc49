'use client';

import { useActionState } from 'react';
import { createUser, type UserFormState } from '@/app/settings/users/actions';
import { Field, FormError, SubmitButton } from '../forms/field';
import { USER_ROLES } from '@/lib/domain';

const selectClass =
  'block w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 shadow-xs';

export function NewUserForm({ departments }: { departments: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUser, {
    errors: {},
    message: null,
  });
  return (
    // Remounting on new values keeps what was typed after a refusal: React resets a submitted
    // form to its first defaults otherwise, and selects do not follow a changed defaultValue.
    <form
      key={JSON.stringify(state.values ?? {})}
      action={action}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
    >
      <div className="sm:col-span-2">
        <FormError message={state.errors.form} />
        {state.message && (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {state.message}
          </p>
        )}
      </div>
      <Field
        label="Name"
        name="name"
        required
        defaultValue={state.values?.name}
        error={state.errors.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        required
        defaultValue={state.values?.email}
        error={state.errors.email}
      />
      <Field
        label="Initial password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={state.errors.password}
      />
      <div className="space-y-1">
        <label htmlFor="role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <select
          id="role"
          name="role"
          className={selectClass}
          defaultValue={state.values?.role ?? 'analyst'}
        >
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="departmentId" className="block text-sm font-medium text-slate-800">
          Department (leads only)
        </label>
        <select
          id="departmentId"
          name="departmentId"
          className={selectClass}
          defaultValue={state.values?.departmentId ?? ''}
        >
          <option value="">—</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        {state.errors.departmentId && (
          <p className="text-sm text-red-700">{state.errors.departmentId}</p>
        )}
      </div>
      <div className="self-end">
        <SubmitButton pending={pending}>Create user</SubmitButton>
      </div>
    </form>
  );
}
