import Link from 'next/link';
import type { ReviewData } from '@/db/queries/review';
import { formatDayOf, formatInteger } from '../format';
import { ReviewSection } from './review-section';

const OPEN_DISPUTES = '/disputes?status=open';

/**
 * Attributions a department objected to that were still open at the week's end, each with where
 * it stands now: still open (settled on the disputes page, by analysts and admins) or settled
 * since. Disputes raised after the week are counted too, since the meeting settles them as well.
 */
export function ReviewDisputesSection({
  review,
  canSettle,
}: {
  review: ReviewData;
  /** Whether the reader may settle disputes: the link then says so. */
  canSettle: boolean;
}) {
  const { disputes, disputesRaisedSince: since } = review;
  // A running week's end is still to come: what is open at it is what is open now.
  const when = review.complete ? 'at the week’s end' : 'now';
  return (
    <ReviewSection
      id="review-disputes"
      title="Disputed attributions"
      lead={
        <>
          {disputes.length === 0
            ? `No attribution ${review.complete ? 'was' : 'is'} in dispute ${when}.`
            : `A department says these tickets, in dispute ${when}, are not theirs; each is settled by re-attributing it or rejecting the objection.`}
          {since > 0 && (
            <>
              {' '}
              <Link href={OPEN_DISPUTES} className="underline" data-testid="review-disputes-since">
                {formatInteger(since)} more {since === 1 ? 'was' : 'were'} raised since
              </Link>{' '}
              and {since === 1 ? 'is' : 'are'} open now.
            </>
          )}
        </>
      }
    >
      {disputes.length > 0 && (
        <ul className="space-y-1 text-sm">
          {disputes.map((d) => (
            <li key={d.id} data-testid="review-dispute">
              <Link href={`/tickets/${d.ticketId}`} className="font-medium underline">
                {d.externalId}
              </Link>{' '}
              {d.subject} <span className="text-slate-500">({d.causeName ?? 'no cause'})</span>:{' '}
              {d.departmentName} says “{d.reason}”, {formatDayOf(d.raisedAt)}.{' '}
              {d.status === 'open' ? (
                <Link
                  href={`${OPEN_DISPUTES}#dispute-${d.id}`}
                  className="font-medium underline print:no-underline"
                >
                  {canSettle ? 'Settle it' : 'Still open'}
                </Link>
              ) : (
                <span className="text-slate-600">
                  {d.status === 'upheld' ? 'Upheld' : 'Rejected'} on {formatDayOf(d.settledAt)}.
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </ReviewSection>
  );
}
