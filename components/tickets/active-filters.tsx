import Link from 'next/link';
import { ticketsHref } from '@/lib/links';
import { TICKET_FILTER_KEYS, type DateRange, type TicketFilters } from '@/lib/filters';

/**
 * The filters in force, in words, each with a link that removes it: a person sees at a glance
 * why the list holds what it holds, and a link pasted from a chart explains itself.
 */
export function ActiveFilters(props: {
  range: DateRange;
  filters: TicketFilters;
  /** Each filter's value in words, e.g. the department's name for its slug. */
  describe: Partial<Record<keyof TicketFilters, string>>;
}) {
  const set = TICKET_FILTER_KEYS.filter((key) => props.filters[key] !== undefined);
  if (set.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="active-filters">
      <span className="text-slate-600">Showing only:</span>
      <ul className="flex flex-wrap gap-2">
        {set.map((key) => {
          const rest = { ...props.filters };
          delete rest[key];
          return (
            <li key={key}>
              <Link
                href={ticketsHref(props.range, rest)}
                className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white py-0.5 pr-2 pl-3 text-slate-800 hover:border-slate-500"
                aria-label={`Remove the filter ${props.describe[key]}`}
              >
                {props.describe[key]}
                <span aria-hidden="true" className="text-slate-500">
                  ×
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Link
        href={ticketsHref(props.range)}
        className="text-slate-600 underline underline-offset-2 hover:text-slate-900"
      >
        Clear all filters
      </Link>
    </div>
  );
}
