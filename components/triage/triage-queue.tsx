'use client';

import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from '@headlessui/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { classifyAction, undoAction } from '@/app/triage/actions';
import type { CauseOption } from '@/db/queries/lookups';

export interface TriageItem {
  id: number;
  externalId: string;
  subject: string;
  description: string;
  customerName: string;
  productName: string | null;
  channel: string;
  opened: string;
  suggestions: { causeId: number; causeName: string; departmentName: string; confidence: number }[];
}

/** Naive Bayes is sure of itself: say "<1 %" rather than a flat 0. */
const confidenceLabel = (p: number) =>
  p < 0.01 ? '<1 %' : p > 0.99 ? '>99 %' : `${Math.round(p * 100)} %`;

const KEYS_HELP =
  'j / k: next / previous · 1–3: take a suggestion · /: search the causes · x: select · u: undo';

/**
 * The unclassified tickets, worked through with the keyboard alone: j and k move, 1 to 3 take a
 * suggestion, / searches the taxonomy and Enter confirms, x selects for a bulk classification,
 * u takes back the last one. Every change goes through a server action that checks the person
 * may make it; the page then re-renders with the queue and the coverage as they now are.
 */
export function TriageQueue(props: { items: TriageItem[]; causes: CauseOption[] }) {
  const router = useRouter();
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const [undoStack, setUndoStack] = useState<number[][]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const search = useRef<HTMLInputElement>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);

  const items = props.items;
  const current = items[Math.min(active, items.length - 1)];
  const targets = () => (selected.size > 0 ? [...selected] : current ? [current.id] : []);
  const causeName = (id: number) => props.causes.find((c) => c.id === id)?.name ?? 'the cause';

  function classify(ticketIds: number[], causeId: number) {
    if (ticketIds.length === 0 || pending) return;
    startTransition(async () => {
      const result = await classifyAction({ ticketIds, causeId });
      if (!result.ok) {
        setMessage({ text: result.error, error: true });
        return;
      }
      setUndoStack((s) => [...s, result.eventIds]);
      setSelected(new Set());
      setMessage({
        text: `${ticketIds.length === 1 ? 'Ticket' : `${ticketIds.length} tickets`} attributed to ${causeName(causeId)}.`,
        error: false,
      });
      router.refresh();
    });
  }

  function undo() {
    const last = undoStack[undoStack.length - 1];
    if (!last || pending) return;
    startTransition(async () => {
      const result = await undoAction(last);
      setUndoStack((s) => s.slice(0, -1));
      setMessage(
        result.ok
          ? { text: 'Undone: the ticket is back in the queue.', error: false }
          : { text: result.error, error: true },
      );
      router.refresh();
    });
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (searching || e.altKey || e.ctrlKey || e.metaKey) return;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const move = (to: number) => {
        const next = Math.max(0, Math.min(items.length - 1, to));
        setActive(next);
        rows.current[next]?.scrollIntoView({ block: 'nearest' });
      };
      if (e.key === 'j') move(active + 1);
      else if (e.key === 'k') move(active - 1);
      else if (['1', '2', '3'].includes(e.key) && current) {
        const suggestion = current.suggestions[Number(e.key) - 1];
        if (suggestion) classify(targets(), suggestion.causeId);
      } else if (e.key === '/') {
        setSearching(true);
        setQuery('');
      } else if (e.key === 'x' && current) {
        setSelected((s) => {
          const next = new Set(s);
          if (next.has(current.id)) next.delete(current.id);
          else next.add(current.id);
          return next;
        });
      } else if (e.key === 'u') undo();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (searching) search.current?.focus();
  }, [searching]);

  const matches = props.causes
    .filter((c) => `${c.name} ${c.departmentName}`.toLowerCase().includes(query.toLowerCase()))
    .slice(0, 12);

  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-500" id="triage-keys">
        {KEYS_HELP}
      </p>
      <div aria-live="polite" className="min-h-5 text-sm" data-testid="triage-message">
        {message && (
          <span className={message.error ? 'text-red-800' : 'text-emerald-800'}>
            {message.text}
          </span>
        )}
      </div>
      {searching && (
        <div className="rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
          <Combobox<CauseOption | null>
            value={null}
            onChange={(cause) => {
              setSearching(false);
              if (cause) classify(targets(), cause.id);
            }}
            onClose={() => setSearching(false)}
          >
            <label htmlFor="cause-search" className="block text-sm font-medium text-slate-700">
              Root cause for{' '}
              {selected.size > 0 ? `the ${selected.size} selected tickets` : 'this ticket'}
            </label>
            <ComboboxInput
              id="cause-search"
              ref={search}
              autoComplete="off"
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setSearching(false);
              }}
              placeholder="Type to search the causes…"
              className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
            <ComboboxOptions static className="mt-1 max-h-64 overflow-y-auto text-sm">
              {matches.map((c) => (
                <ComboboxOption
                  key={c.id}
                  value={c}
                  className="cursor-default rounded px-2 py-1 data-focus:bg-slate-100"
                >
                  {c.name} <span className="text-slate-600">· {c.departmentName}</span>
                </ComboboxOption>
              ))}
              {matches.length === 0 && (
                <p className="px-2 py-1 text-slate-500">No cause matches.</p>
              )}
            </ComboboxOptions>
          </Combobox>
        </div>
      )}
      {items.length === 0 ? (
        <p
          className="rounded-lg border border-slate-200 bg-white px-6 py-10 text-center text-sm text-slate-600"
          data-testid="triage-empty"
        >
          Nothing left to classify here. Every ticket matching the filters has a root cause.
        </p>
      ) : (
        <ol
          className="space-y-2"
          aria-label="Unclassified tickets"
          aria-describedby="triage-keys"
          data-testid="triage-queue"
        >
          {items.map((item, i) => {
            const isActive = item.id === current?.id;
            return (
              <li
                key={item.id}
                ref={(el) => {
                  rows.current[i] = el;
                }}
                aria-current={isActive ? 'true' : undefined}
                data-ticket={item.id}
                onClick={() => setActive(i)}
                className={`rounded-lg border bg-white p-4 ${isActive ? 'border-slate-900 ring-2 ring-slate-900' : 'border-slate-200'}`}
              >
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <label className="flex items-center gap-2 text-sm text-slate-600">
                    <input
                      type="checkbox"
                      checked={selected.has(item.id)}
                      onChange={() =>
                        setSelected((s) => {
                          const next = new Set(s);
                          if (next.has(item.id)) next.delete(item.id);
                          else next.add(item.id);
                          return next;
                        })
                      }
                      aria-label={`Select ticket ${item.externalId}`}
                    />
                    {item.externalId}
                  </label>
                  <Link
                    href={`/tickets/${item.id}`}
                    className="text-sm text-slate-600 underline underline-offset-2"
                    aria-label={`View ticket ${item.externalId}: its full description and history`}
                  >
                    view ticket
                  </Link>
                  <h3 className="font-medium text-slate-900">{item.subject || '(no subject)'}</h3>
                  <span className="text-xs text-slate-500">
                    {item.opened} · {item.channel} · {item.customerName}
                    {item.productName && ` · ${item.productName}`}
                  </span>
                </div>
                <p className="mt-1 line-clamp-2 text-sm whitespace-pre-wrap text-slate-700">
                  {item.description}
                </p>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  {item.suggestions.map((s, n) => (
                    <button
                      key={s.causeId}
                      type="button"
                      disabled={pending}
                      onClick={() =>
                        classify(selected.size > 0 && isActive ? targets() : [item.id], s.causeId)
                      }
                      className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:border-slate-900 disabled:opacity-60"
                    >
                      <kbd className="mr-1 rounded bg-slate-100 px-1 text-xs">{n + 1}</kbd>
                      {s.causeName}
                      <span className="ml-1 text-xs text-slate-500">
                        {s.departmentName} · {confidenceLabel(s.confidence)}
                      </span>
                    </button>
                  ))}
                  <button
                    type="button"
                    onClick={() => {
                      setActive(i);
                      setSearching(true);
                      setQuery('');
                    }}
                    className="rounded-md px-2 py-1 text-sm text-slate-700 underline underline-offset-2"
                  >
                    Another cause…
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {/* Sticky: with tickets selected far down the queue, the buttons stay in sight. */}
      <div
        className={`flex flex-wrap items-center gap-3 text-sm ${selected.size > 0 || undoStack.length > 0 ? 'sticky bottom-0 z-10 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-md' : ''}`}
      >
        {selected.size > 0 && (
          <button
            type="button"
            onClick={() => setSearching(true)}
            className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white"
          >
            Classify the {selected.size} selected…
          </button>
        )}
        {undoStack.length > 0 && (
          <button
            type="button"
            onClick={undo}
            disabled={pending}
            className="rounded-md border border-slate-300 px-3 py-1.5"
          >
            Undo the last one (u)
          </button>
        )}
      </div>
    </div>
  );
}
