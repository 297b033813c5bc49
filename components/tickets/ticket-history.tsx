import type { AuditEvent } from '@/db/queries/audit';
import { formatDateTime } from '../format';
import { Card } from '../ui/card';

const ACTION_WORDS: Record<string, string> = {
  classify: 'attributed',
  undo: 'undid an attribution:',
  rule: 'a rule attributed',
  merge: 'merged the cause:',
  dispute: 'disputed the attribution',
  settle_dispute: 'settled the dispute:',
};

/** Who changed this ticket's attribution, when, from what to what, and why. */
export function TicketHistory(props: {
  events: AuditEvent[];
  describe: (json: string | null) => string;
  /** The display time zone setting. */
  timeZone: string;
}) {
  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold text-slate-900">History</h2>
      {props.events.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          No change of attribution since the ticket arrived: it is the one it was loaded with.
        </p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm" data-testid="ticket-history">
          {props.events.map((e) => (
            <li key={e.id}>
              <span className="text-slate-500 tabular-nums">
                {formatDateTime(e.at, props.timeZone)}
              </span>{' '}
              <span className="font-medium text-slate-900">{e.userName ?? 'Upstream'}</span>{' '}
              {ACTION_WORDS[e.action] ?? e.action} {props.describe(e.fromValue)} →{' '}
              {props.describe(e.toValue)}
              {e.reason && <span className="text-slate-600"> — “{e.reason}”</span>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
