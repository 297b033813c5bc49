'use client';

import {
  Combobox,
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
} from '@headlessui/react';
import { useEffect, useState } from 'react';
import type { EntityOption } from '@/db/queries/lookups';

/**
 * A searchable picker of one customer or product inside the explorer's GET form: it asks
 * /api/lookup/<kind> as the person types and submits the chosen id in a hidden input.
 */
export function EntityCombobox(props: {
  kind: 'customer' | 'product';
  label: string;
  initial: EntityOption | null;
}) {
  const [selected, setSelected] = useState<EntityOption | null>(props.initial);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<EntityOption[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (text === '') return;
    const controller = new AbortController();
    // A short pause, so that typing a word asks once rather than once per letter.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/lookup/${props.kind}?q=${encodeURIComponent(text)}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`${response.status}`);
        setOptions(((await response.json()) as { options: EntityOption[] }).options);
        setError(null);
      } catch (e) {
        if (!controller.signal.aborted) setError(`Could not search (${String(e)}).`);
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, props.kind]);

  const inputId = `filter-${props.kind}`;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <Combobox
        value={selected}
        onChange={setSelected}
        onClose={() => setQuery('')}
        by="id"
        immediate
      >
        <div className="relative">
          <ComboboxInput
            id={inputId}
            displayValue={(o: EntityOption | null) => o?.label ?? ''}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={`Any ${props.kind}`}
            autoComplete="off"
            className="w-full rounded-md border border-slate-300 py-1.5 pr-14 pl-2 text-sm"
          />
          {selected && (
            <button
              type="button"
              onClick={() => setSelected(null)}
              aria-label={`Clear the ${props.kind}`}
              className="absolute inset-y-0 right-7 px-1 text-slate-500 hover:text-slate-900"
            >
              ×
            </button>
          )}
          <ComboboxButton
            aria-label={`Show ${props.kind} suggestions`}
            className="absolute inset-y-0 right-0 px-2 text-slate-500"
          >
            ▾
          </ComboboxButton>
        </div>
        <ComboboxOptions
          anchor="bottom start"
          className="z-20 w-(--input-width) rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {query.trim() !== '' && options.length === 0 && (
            <div className="px-3 py-2 text-slate-500">{error ?? `No ${props.kind} matches.`}</div>
          )}
          {options.map((option) => (
            <ComboboxOption
              key={option.id}
              value={option}
              className="cursor-default px-3 py-1.5 data-focus:bg-slate-100"
            >
              <span className="text-slate-900">{option.label}</span>
              {option.ref && <span className="ml-2 text-xs text-slate-600">{option.ref}</span>}
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </Combobox>
      <input type="hidden" name={props.kind} value={selected?.id ?? ''} />
    </div>
  );
}
