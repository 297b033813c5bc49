import Link from 'next/link';
import type { ReviewData } from '@/db/queries/review';
import { causeHref, ticketsHref } from '@/lib/links';
import { formatInteger, formatPercent } from '../format';
import { ReviewSection } from './review-section';

const SHOWN = 5;

/** The week's tickets that came back: the same customer with the same cause again. */
export function RecurrencesSection({ review }: { review: ReviewData }) {
  const top = review.causes
    .filter((c) => c.recurrences > 0)
    .sort((a, b) => b.recurrences - a.recurrences || a.causeName.localeCompare(b.causeName))
    .slice(0, SHOWN);
  const rate = review.kpis.recurrenceRate;
  return (
    <ReviewSection
      id="review-recurrences"
      title="Recurrences"
      lead={
        review.recurrences === 0 ? (
          'No ticket this week repeated a customer’s problem within the recurrence window.'
        ) : (
          <>
            <Link
              href={ticketsHref(review.range, { recurrence: true })}
              className="font-medium text-slate-900 underline"
              data-testid="review-recurrences"
            >
              {formatInteger(review.recurrences)} tickets
            </Link>{' '}
            this week came back: the same customer and cause within{' '}
            {review.settings.recurrenceWindowDays} days
            {rate !== null && ` (${formatPercent(rate)} of the classified tickets)`}. Most of them:
          </>
        )
      }
    >
      {top.length > 0 && (
        <ul className="space-y-1 text-sm">
          {top.map((c) => (
            <li key={c.causeId}>
              <Link href={causeHref(c.causeId, review.contextRange)} className="underline">
                {c.causeName}
              </Link>{' '}
              <span className="text-slate-500">({c.departmentName})</span>:{' '}
              <Link
                href={ticketsHref(review.range, { cause: c.causeId, recurrence: true })}
                className="tabular-nums underline decoration-slate-300 underline-offset-2"
              >
                {formatInteger(c.recurrences)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </ReviewSection>
  );
}
