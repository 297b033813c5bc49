import Link from 'next/link';
import type { ReviewCause, ReviewData } from '@/db/queries/review';
import type { DateRange } from '@/lib/filters';
import { describePValue } from '@/lib/effectiveness';
import { causeHref, ticketsHref } from '@/lib/links';
import type { Mover } from '@/lib/review';
import { formatDecimal, formatInteger } from '../format';
import { judgedWhenComplete, ReviewSection } from './review-section';

function MoverList(props: {
  movers: Mover<ReviewCause>[];
  range: DateRange;
  contextRange: DateRange;
  testId: string;
}) {
  return (
    <ul className="space-y-1 text-sm" data-testid={props.testId}>
      {props.movers.map((m) => (
        <li key={m.cause.causeId} data-cause-id={m.cause.causeId}>
          <Link
            href={causeHref(m.cause.causeId, props.contextRange)}
            className="font-medium underline"
          >
            {m.cause.causeName}
          </Link>{' '}
          <span className="text-slate-500">({m.cause.departmentName})</span>:{' '}
          <Link
            href={ticketsHref(props.range, { cause: m.cause.causeId })}
            className="tabular-nums underline decoration-slate-300 underline-offset-2"
          >
            {formatInteger(m.cause.week)} tickets
          </Link>{' '}
          against {formatDecimal(m.expected)} a week before{' '}
          <span className="text-slate-500">({describePValue(m.pValue)})</span>
        </li>
      ))}
    </ul>
  );
}

/** The causes that rose or fell beyond chance, and those never seen before. */
export function MoversSection({ review, caveat }: { review: ReviewData; caveat?: string }) {
  const { rose, fell } = review.movers ?? { rose: [], fell: [] };
  return (
    <ReviewSection
      id="review-movers"
      title="Causes that moved"
      lead={
        review.movers === null ? (
          judgedWhenComplete('Rises and falls', review)
        ) : (
          <>
            {rose.length + fell.length === 0
              ? 'No cause’s tickets changed beyond chance against its weekly average of the 4 weeks before.'
              : 'Only changes beyond chance count: the week’s tickets against the 4 weeks before, a two-sided test of two Poisson counts at 5 % divided by the number of causes tested.'}
            {caveat && <span className="mt-1 block font-medium text-amber-800">{caveat}</span>}
          </>
        )
      }
    >
      <div
        className={`grid gap-4 ${rose.length > 0 && fell.length > 0 ? 'md:grid-cols-2 print:grid-cols-2' : ''}`}
      >
        {[
          { key: 'rose', title: 'Rose', movers: rose, color: 'text-red-800' },
          { key: 'fell', title: 'Fell', movers: fell, color: 'text-emerald-800' },
        ]
          .filter((part) => part.movers.length > 0)
          .map((part) => (
            <div key={part.key}>
              <h3 className={`mb-1 text-sm font-semibold ${part.color}`}>{part.title}</h3>
              <MoverList
                movers={part.movers}
                range={review.range}
                contextRange={review.contextRange}
                testId={`movers-${part.key}`}
              />
            </div>
          ))}
      </div>
      {review.firstSeen.length > 0 && (
        <div className="mt-3" data-testid="first-seen">
          <h3 className="mb-1 text-sm font-semibold text-slate-900">Seen for the first time</h3>
          <ul className="space-y-1 text-sm">
            {review.firstSeen.map((c) => (
              <li key={c.causeId}>
                <Link
                  href={causeHref(c.causeId, review.contextRange)}
                  className="font-medium underline"
                >
                  {c.causeName}
                </Link>{' '}
                <span className="text-slate-500">({c.departmentName})</span>:{' '}
                {formatInteger(c.week)} {c.week === 1 ? 'ticket' : 'tickets'}, none before
              </li>
            ))}
          </ul>
        </div>
      )}
    </ReviewSection>
  );
}
