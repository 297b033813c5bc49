'use client';

import { useActionState } from 'react';
import { resetPassword, type UserFormState } from '@/app/settings/users/actions';

export function ResetPasswordForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(resetPassword, {
    errors: {},
    message: null,
  });
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`password-${userId}`}>
        New password for {email}
      </label>
      <input
        id={`password-${userId}`}
        name="password"
        type="password"
        autoComplete="new-password"
        placeholder="New password"
        className="w-40 rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
      >
        Reset
      </button>
      {(state.errors.password || state.message) && (
        <span role="status" className="text-xs text-slate-700">
          {state.errors.password ?? state.message}
        </span>
      )}
    </form>
  );
}
