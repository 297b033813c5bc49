import Link from 'next/link';
import type { ReviewData } from '@/db/queries/review';
import { formatDayOf } from '../format';
import { ReviewSection } from './review-section';

/** Attributions a department objected to that were still open at the week's end. */
export function ReviewDisputesSection({ review }: { review: ReviewData }) {
  if (review.disputes.length === 0) return null;
  return (
    <ReviewSection
      id="review-disputes"
      title="Disputed attributions"
      lead={
        <>
          A department says these tickets are not theirs; settle each by re-attributing it or
          rejecting the objection on the{' '}
          <Link href="/disputes?status=open" className="underline">
            disputes page
          </Link>
          .
        </>
      }
    >
      <ul className="space-y-1 text-sm">
        {review.disputes.map((d) => (
          <li key={d.id} data-testid="review-dispute">
            <Link href={`/tickets/${d.ticketId}`} className="font-medium underline">
              {d.externalId}
            </Link>{' '}
            {d.subject} <span className="text-slate-500">({d.causeName ?? 'no cause'})</span>:{' '}
            {d.departmentName} says “{d.reason}”, {formatDayOf(d.raisedAt)}
          </li>
        ))}
      </ul>
    </ReviewSection>
  );
}
