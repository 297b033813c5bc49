import Link from 'next/link';
import type { ChainTicket, TicketDetail } from '@/db/queries/ticket-detail';
import type { DateRange } from '@/lib/filters';
import { ticketHref } from '@/lib/links';
import { MS_PER_HOUR } from '@/lib/time';
import { formatDateTime, formatDuration } from '../format';
import { Card } from '../ui/card';

/**
 * Every ticket of this customer with the same root cause, earlier and later: the chain in which
 * a ticket counts as a recurrence when an earlier one was resolved within the window before it.
 */
export function RecurrenceChain(props: {
  ticket: TicketDetail;
  chain: ChainTicket[];
  range: DateRange;
  windowDays: number;
  byProduct: boolean;
  /** The display time zone setting. */
  timeZone: string;
}) {
  const { ticket, chain } = props;
  const others = chain.length - 1;
  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold text-slate-900">Same customer, same cause</h2>
      {ticket.rootCauseId === null ? (
        <p className="mt-2 text-sm text-slate-600">
          This ticket has no root cause yet, so it cannot be compared with the customer’s other
          tickets.
        </p>
      ) : others === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {ticket.customerName} has no other ticket for “{ticket.causeName}”
          {props.byProduct ? ' on this product' : ''}.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">
            {ticket.customerName} has {others} other {others === 1 ? 'ticket' : 'tickets'} for “
            {ticket.causeName}”{props.byProduct ? ' on this product' : ''}. A ticket is a recurrence
            when an earlier one was resolved at most {props.windowDays} days before it was opened.
          </p>
          <ol className="mt-4 divide-y divide-slate-100 text-sm" data-testid="recurrence-chain">
            {chain.map((t) => {
              const current = t.id === ticket.id;
              return (
                <li
                  key={t.id}
                  aria-current={current ? 'true' : undefined}
                  className={`flex flex-wrap items-baseline gap-x-3 py-2 ${current ? 'font-medium' : ''}`}
                >
                  <span className="w-44 text-slate-600 tabular-nums">
                    {formatDateTime(t.openedAt, props.timeZone)}
                  </span>
                  {current ? (
                    <span className="text-slate-900">This ticket</span>
                  ) : (
                    <Link
                      href={ticketHref(t.id, props.range)}
                      className="text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900"
                    >
                      {t.externalId}
                    </Link>
                  )}
                  <span className="min-w-0 flex-1 truncate text-slate-600">{t.subject}</span>
                  <span className="text-slate-600">
                    {t.resolvedAt === null
                      ? 'open'
                      : `resolved in ${formatDuration((t.resolvedAt - t.openedAt) / MS_PER_HOUR)}`}
                  </span>
                  {t.isRecurrence && (
                    <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">
                      recurrence
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Card>
  );
}
