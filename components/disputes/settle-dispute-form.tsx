'use client';

import { useActionState } from 'react';
import { settleDisputeAction, type DisputeFormState } from '@/app/disputes/actions';
import type { CauseOption } from '@/db/queries/lookups';
import { CauseOptionGroups } from '../forms/cause-option-groups';

/** Uphold (re-attribute to another cause) or reject a dispute, with a note for the history. */
export function SettleDisputeForm({
  disputeId,
  causes,
}: {
  disputeId: number;
  causes: CauseOption[];
}) {
  const [state, action, pending] = useActionState<DisputeFormState, FormData>(settleDisputeAction, {
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
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={disputeId} />
      <label className="text-xs font-medium text-slate-700">
        Re-attribute to
        <select
          name="causeId"
          defaultValue=""
          className="mt-0.5 block rounded-md border border-slate-300 px-2 py-1 text-sm font-normal"
        >
          <option value="">— keep it (reject the dispute) —</option>
          <CauseOptionGroups causes={causes} />
        </select>
      </label>
      <label className="text-xs font-medium text-slate-700">
        Note
        <input
          name="note"
          maxLength={1000}
          className="mt-0.5 block w-64 rounded-md border border-slate-300 px-2 py-1 text-sm font-normal"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
      >
        Settle
      </button>
      {state.error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
