'use client';

import { useActionState } from 'react';
import { createUser, type UserFormState } from '@/app/settings/users/actions';
import { Field, FormError, SelectField, SubmitButton } from '../forms/field';
import { USER_ROLES } from '@/lib/domain';

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
      <SelectField
        label="Role"
        name="role"
        defaultValue={state.values?.role ?? 'analyst'}
        error={state.errors.role}
      >
        {USER_ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Department (leads only)"
        name="departmentId"
        defaultValue={state.values?.departmentId ?? ''}
        error={state.errors.departmentId}
      >
        <option value="">—</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <div className="self-end">
        <SubmitButton pending={pending}>Create user</SubmitButton>
      </div>
    </form>
  );
}
