'use client';

import { useRouter } from 'next/navigation';
import type { CauseOption, EntityOption } from '@/db/queries/lookups';
import type { DepartmentRow } from '@/db/queries/departments';
import { CHANNELS } from '@/lib/domain';
import { NO_DEPARTMENT, type TicketFilters } from '@/lib/filters';
import { CauseOptionGroups } from '../forms/cause-option-groups';
import { EntityCombobox } from './entity-combobox';

const selectClass = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
const labelClass = 'block text-sm font-medium text-slate-700';

/** The yes/no filters, as checkboxes; "unclassified" only in the explorer (triage lists nothing else). */
const ONLY_FILTERS = [
  { name: 'recurrence', label: 'Recurrences only (the customer had this problem before)' },
  { name: 'repeatContacts', label: 'More than one contact only (not solved at the first)' },
  { name: 'unclassified', label: 'Unclassified only (no root cause yet)' },
] as const;

/**
 * The explorer's filters as a GET form: without script it submits like any form; with it, empty
 * fields are left out so the address stays short enough to paste into a meeting invite.
 */
export function TicketFilterForm(props: {
  /** The page the filters apply to: the explorer, or the triage queue. */
  path: '/tickets' | '/triage';
  filters: TicketFilters;
  /** The range and sort, kept when the filters change. */
  keep: Record<string, string>;
  departments: DepartmentRow[];
  causes: CauseOption[];
  customer: EntityOption | null;
  product: EntityOption | null;
  /** The search box also finds a ticket by its helpdesk id (the explorer's does). */
  findsHelpdeskIds?: boolean;
}) {
  const router = useRouter();
  const { filters } = props;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    router.push(`${props.path}?${params}`);
  }

  return (
    <form
      action={props.path}
      onSubmit={submit}
      role="search"
      aria-label="Ticket filters"
      className="space-y-4"
    >
      {Object.entries(props.keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="filter-q" className={labelClass}>
            Search subject and description{props.findsHelpdeskIds && ', or a helpdesk id'}
          </label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            placeholder={
              props.findsHelpdeskIds
                ? 'e.g. flange leak, transpos* for a prefix, or 48213'
                : 'e.g. flange leak, or transpos* for a prefix'
            }
            maxLength={200}
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          Apply filters
        </button>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="filter-department" className={labelClass}>
            Originating department
          </label>
          <select
            id="filter-department"
            name="department"
            defaultValue={filters.department ?? ''}
            className={selectClass}
          >
            <option value="">Any department</option>
            {props.departments.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
            <option value={NO_DEPARTMENT}>Not attributed</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-cause" className={labelClass}>
            Root cause
          </label>
          <select
            id="filter-cause"
            name="cause"
            defaultValue={filters.cause ?? ''}
            className={selectClass}
          >
            <option value="">Any cause</option>
            <CauseOptionGroups causes={props.causes} />
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-channel" className={labelClass}>
            Channel
          </label>
          <select
            id="filter-channel"
            name="channel"
            defaultValue={filters.channel ?? ''}
            className={selectClass}
          >
            <option value="">Any channel</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-status" className={labelClass}>
            Status
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={filters.status ?? ''}
            className={selectClass}
          >
            <option value="">Open or resolved</option>
            <option value="open">Open</option>
            <option value="resolved">Resolved</option>
          </select>
        </div>
        <EntityCombobox kind="customer" label="Customer" initial={props.customer} />
        <EntityCombobox kind="product" label="Product" initial={props.product} />
        <fieldset className="flex flex-col justify-end gap-1.5 text-sm text-slate-700 lg:col-span-2">
          <legend className="sr-only">Only</legend>
          {ONLY_FILTERS.filter((f) => f.name !== 'unclassified' || props.path === '/tickets').map(
            (f) => (
              <label key={f.name} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name={f.name}
                  value="1"
                  defaultChecked={filters[f.name] ?? false}
                />
                {f.label}
              </label>
            ),
          )}
        </fieldset>
      </div>
    </form>
  );
}
