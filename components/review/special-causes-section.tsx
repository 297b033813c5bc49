import Link from 'next/link';
import type { ReviewData } from '@/db/queries/review';
import { CONTROL_BASELINE_WEEKS } from '@/db/queries/review';
import { causeHref, departmentHref } from '@/lib/links';
import { formatDecimal, formatInteger } from '../format';
import { judgedWhenComplete, ReviewSection } from './review-section';

const SHOWN = 8;

/** Departments and causes whose week is beyond their control limits. */
export function SpecialCausesSection({
  review,
  caveat,
}: {
  review: ReviewData;
  /** Why flags below the limits may not be real (the week is not fully triaged). */
  caveat?: string;
}) {
  const flags = review.specialCauses ?? [];
  return (
    <ReviewSection
      id="review-special-causes"
      title="Special causes"
      lead={
        review.specialCauses === null ? (
          judgedWhenComplete('Special causes', review)
        ) : (
          <>
            {flags.length === 0
              ? `No department or cause is beyond its control limits this week (c-chart: the mean of the ${CONTROL_BASELINE_WEEKS} weeks before ± 3√mean).`
              : `Beyond the control limits of a c-chart (the mean of the ${CONTROL_BASELINE_WEEKS} weeks before ± 3√mean): something happened, not chance. The furthest out first.`}
            {caveat && flags.some((f) => f.signal === 'below') && (
              <span className="mt-1 block font-medium text-amber-800">{caveat}</span>
            )}
          </>
        )
      }
    >
      {flags.length > 0 && (
        <ul className="space-y-1 text-sm">
          {flags.slice(0, SHOWN).map((s) => (
            <li key={`${s.kind}-${s.id}`} data-testid="special-cause">
              <span
                className={`mr-2 rounded-full px-2 py-0.5 text-xs font-medium ${s.signal === 'above' ? 'bg-red-100 text-red-900' : 'bg-emerald-100 text-emerald-900'}`}
              >
                {s.signal === 'above' ? 'above' : 'below'}
              </span>
              <Link
                href={
                  s.kind === 'department'
                    ? departmentHref(s.departmentSlug, review.contextRange)
                    : causeHref(s.id, review.contextRange)
                }
                className="font-medium underline"
              >
                {s.name}
              </Link>{' '}
              <span className="text-slate-500">({s.kind})</span>: {formatInteger(s.tickets)}{' '}
              tickets; limits {formatDecimal(s.limits.lower)} to {formatDecimal(s.limits.upper)}{' '}
              around {formatDecimal(s.limits.centre)}
            </li>
          ))}
          {flags.length > SHOWN && (
            <li className="text-slate-600">and {flags.length - SHOWN} more</li>
          )}
        </ul>
      )}
    </ReviewSection>
  );
}
