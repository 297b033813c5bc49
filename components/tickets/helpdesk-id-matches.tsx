import Link from 'next/link';
import type { TicketListRow } from '@/db/queries/ticket-explorer';
import type { DateRange } from '@/lib/filters';
import { ticketHref } from '@/lib/links';
import { formatDateTime } from '../format';

/**
 * The tickets whose helpdesk id is exactly the search text, above the explorer's list. Someone
 * who pastes an id wants that ticket, wherever it lies: it is found in any period and whatever
 * the filters, and the callout says so, since the list below keeps to them.
 */
export function HelpdeskIdMatches(props: {
  /** At least one ticket, all with the id searched for. */
  tickets: TicketListRow[];
  /** The explorer's range, which the ticket page's links carry on. */
  range: DateRange;
  /** The display time zone setting. */
  timeZone: string;
}) {
  const { tickets } = props;
  const externalId = tickets[0].externalId;
  return (
    <section
      aria-labelledby="helpdesk-id-heading"
      className="rounded-lg border border-sky-300 bg-sky-50 px-5 py-4 text-sm text-slate-800"
      data-testid="helpdesk-id-matches"
    >
      <h2 id="helpdesk-id-heading" className="text-base font-semibold text-slate-900">
        Helpdesk id {externalId}
      </h2>
      <p className="mt-1">
        {tickets.length === 1
          ? 'The ticket with this id'
          : `${tickets.length} tickets have this id, one from each source system`}
        , found in any period and whatever the filters:
      </p>
      <ul className="mt-2 space-y-1">
        {tickets.map((t) => (
          <li key={t.id}>
            <Link
              href={ticketHref(t.id, props.range)}
              className="font-medium text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900"
            >
              {t.sourceSystem} ticket {t.externalId}
            </Link>
            <span className="text-slate-600">
              {' '}
              · {t.subject || '(no subject)'} · opened {formatDateTime(t.openedAt, props.timeZone)}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-slate-600">
        The list below holds the tickets of the period and filters with these words in their subject
        or description.
      </p>
    </section>
  );
}
