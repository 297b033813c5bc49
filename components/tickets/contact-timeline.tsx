import type { TicketContact } from '@/db/queries/ticket-detail';
import { MS_PER_HOUR } from '@/lib/time';
import { formatDateTime, formatDuration, formatMinutesSeconds } from '../format';
import { Card } from '../ui/card';

/** The ticket's contacts in time order: how many times the customer had to get in touch. */
export function ContactTimeline(props: {
  contacts: TicketContact[];
  openedAt: number;
  /** The display time zone setting. */
  timeZone: string;
}) {
  const total = props.contacts.reduce((sum, c) => sum + c.handleSeconds, 0);
  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold text-slate-900">Contacts</h2>
      {props.contacts.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No contact was recorded on this ticket.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">
            {props.contacts.length} {props.contacts.length === 1 ? 'contact' : 'contacts'},{' '}
            {formatMinutesSeconds(total)} of handle time (talk, hold and wrap) in all.
          </p>
          <ol className="mt-4 space-y-3 border-l-2 border-slate-200 pl-5" data-testid="contacts">
            {props.contacts.map((c, i) => (
              <li key={c.id} className="relative text-sm">
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[27px] size-3 rounded-full border-2 border-white bg-slate-500"
                />
                <p className="font-medium text-slate-900">
                  {i + 1}. {c.channel} · {formatMinutesSeconds(c.handleSeconds)}{' '}
                  <span className="font-normal text-slate-600">with {c.agent || 'an agent'}</span>
                </p>
                <p className="text-slate-600">
                  {formatDateTime(c.startedAt, props.timeZone)}
                  {i > 0 &&
                    `, ${formatDuration((c.startedAt - props.openedAt) / MS_PER_HOUR)} after opening`}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
