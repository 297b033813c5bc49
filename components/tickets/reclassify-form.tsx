'use client';

import {
  Combobox,
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
} from '@headlessui/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { classifyAction } from '@/app/triage/actions';
import type { CauseOption } from '@/db/queries/lookups';

/** Changes one ticket's root cause, with a reason for the audit trail. */
export function ReclassifyForm(props: {
  ticketId: number;
  causes: CauseOption[];
  currentCauseId: number | null;
}) {
  const router = useRouter();
  const [cause, setCause] = useState<CauseOption | null>(null);
  const [query, setQuery] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const matches = props.causes
    .filter((c) => c.id !== props.currentCauseId)
    .filter((c) => `${c.name} ${c.departmentName}`.toLowerCase().includes(query.toLowerCase()))
    .slice(0, 15);

  return (
    <form
      className="mt-3 max-w-lg space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!cause) return setError('Choose a root cause.');
        startTransition(async () => {
          const result = await classifyAction({
            ticketIds: [props.ticketId],
            causeId: cause.id,
            reason: reason || undefined,
          });
          if (!result.ok) return setError(result.error);
          setError(null);
          setCause(null);
          setReason('');
          router.refresh();
        });
      }}
    >
      <Combobox value={cause} onChange={setCause} onClose={() => setQuery('')}>
        <label htmlFor="reclassify-cause" className="block text-sm font-medium text-slate-700">
          {props.currentCauseId === null ? 'Attribute to' : 'Change the root cause to'}
        </label>
        <div className="relative">
          <ComboboxInput
            id="reclassify-cause"
            displayValue={(c: CauseOption | null) => c?.name ?? ''}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Search the causes…"
            autoComplete="off"
            className="w-full rounded-md border border-slate-300 py-1.5 pr-8 pl-2 text-sm"
          />
          <ComboboxButton
            aria-label="Show the causes"
            className="absolute inset-y-0 right-0 px-2 text-slate-500"
          >
            ▾
          </ComboboxButton>
        </div>
        <ComboboxOptions
          anchor="bottom start"
          className="z-20 w-(--input-width) rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {matches.map((c) => (
            <ComboboxOption
              key={c.id}
              value={c}
              className="cursor-default px-3 py-1.5 data-focus:bg-slate-100"
            >
              {c.name} <span className="text-slate-600">· {c.departmentName}</span>
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </Combobox>
      <label className="block text-sm font-medium text-slate-700">
        Reason (kept in the history)
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal"
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
