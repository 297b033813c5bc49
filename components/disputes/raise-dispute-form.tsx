'use client';

import { useActionState } from 'react';
import { raiseDisputeAction, type DisputeFormState } from '@/app/disputes/actions';

/** For the lead of the ticket's department: "this problem is not ours", with why. */
export function RaiseDisputeForm({ ticketId }: { ticketId: number }) {
  const [state, action, pending] = useActionState<DisputeFormState, FormData>(raiseDisputeAction, {
    error: null,
    done: null,
  });
  if (state.done) {
    return (
      <p role="status" className="text-sm text-emerald-800">
        {state.done}
      </p>
    );
  }
  return (
    <form action={action} className="mt-3 max-w-lg space-y-2">
      <input type="hidden" name="ticketId" value={ticketId} />
      <label className="block text-sm font-medium text-slate-700">
        Why this is not your department’s problem
        <textarea
          name="reason"
          rows={3}
          maxLength={1000}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal"
        />
      </label>
      {state.error && (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
      >
        Dispute this attribution
      </button>
    </form>
  );
}
