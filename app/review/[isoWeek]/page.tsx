import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getReview } from '@/db/queries/review';
import { isoWeekOf, isoWeekStart, lastCompleteWeek, weekProgress } from '@/lib/iso-week';
import { overviewHref } from '@/lib/links';
import { resolutionFiguresProvisional } from '@/lib/metrics';
import { can } from '@/lib/permissions';
import { dayOf } from '@/lib/time';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { formatDay, formatInteger, formatPercent } from '@/components/format';
import { HeadlineTable } from '@/components/review/headline-table';
import { MoversSection } from '@/components/review/movers-section';
import { RecurrencesSection } from '@/components/review/recurrences-section';
import { ReviewActionsSection } from '@/components/review/review-actions-section';
import { ReviewDisputesSection } from '@/components/review/review-disputes-section';
import { reviewMarkdown } from '@/components/review/review-markdown';
import { judgedWhenComplete, ReviewSection } from '@/components/review/review-section';
import { ReviewToolbar } from '@/components/review/review-toolbar';
import { SpecialCausesSection } from '@/components/review/special-causes-section';
import { Notice } from '@/components/ui/notice';

type Params = Promise<{ isoWeek: string }>;

/** A server component renders once per request: "today" is the request's day. */
const today = () => dayOf(Date.now());

/** Coverage this much lower than the baseline's makes falls suspect: tickets await triage. */
const COVERAGE_GAP = 0.05;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Weekly review ${(await params).isoWeek}` };
}

export default async function ReviewPage({ params }: { params: Params }) {
  const user = await requireUser();
  const { isoWeek } = await params;
  const weekStart = isoWeekStart(isoWeek);
  if (weekStart === null) notFound();
  const day = today();
  const progress = weekProgress(weekStart, day);
  if (progress === 'not started') return <NotStartedWeek isoWeek={isoWeek} requestDay={day} />;
  const review = getReview(getDb(), weekStart, day);
  const lastComplete = lastCompleteWeek(day);
  const coverage = review.kpis.classificationCoverage;
  const baselineCoverage = review.baselineKpis.classificationCoverage;
  const triageCaveat =
    coverage !== null && baselineCoverage !== null && baselineCoverage - coverage > COVERAGE_GAP
      ? `Only ${formatPercent(coverage)} of this week’s tickets have a root cause yet (${formatPercent(baselineCoverage)} before): falls may be tickets still waiting for triage.`
      : undefined;
  const weekLink = (start: number, label: string, rel: 'prev' | 'next') => (
    <Link
      href={`/review/${isoWeekOf(start)}`}
      rel={rel}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-4 print:space-y-2 print:text-[12px]">
      <header className="space-y-3 print:space-y-1">
        <div className="print:hidden">
          <Breadcrumbs
            items={[
              { label: 'Overview', href: overviewHref(review.contextRange) },
              { label: 'Weekly review' },
            ]}
          />
        </div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
              Weekly review {review.isoWeek}
            </h1>
            <p className="text-sm text-slate-600">
              {formatDay(review.range.from)} – {formatDay(review.range.to)}: tickets opened in the
              week, against the 4 weeks before ({formatDay(review.baselineRange.from)} –{' '}
              {formatDay(review.baselineRange.to)}).
            </p>
          </div>
          <nav aria-label="Weeks" className="flex gap-2 print:hidden">
            {weekLink(weekStart - 7, '← Previous week', 'prev')}
            {review.complete && weekLink(weekStart + 7, 'Next week →', 'next')}
          </nav>
        </div>
        <ReviewToolbar markdown={reviewMarkdown(review)} />
        {review.isoWeek === lastComplete && (
          <p className="text-sm text-slate-600 print:hidden" data-testid="review-last-complete">
            This is the last complete week;{' '}
            <Link href={`/review/${isoWeekOf(day)}`} className="underline">
              {isoWeekOf(day)}
            </Link>{' '}
            is still running.
          </p>
        )}
        {!review.complete && (
          <Notice>
            This week is not over yet: its figures so far are shown and open their tickets, but they
            will still change, so no cause is called a mover or a special cause and no change is
            judged better or worse until the week is complete. The last complete week is{' '}
            <Link href={`/review/${lastComplete}`} className="font-medium underline">
              {lastComplete}
            </Link>
            .
          </Notice>
        )}
      </header>
      <ReviewSection
        id="review-headline-section"
        title="Headline"
        lead={`The week’s key figures against the weekly average of the 4 weeks before; each of this week’s figures opens its tickets.${
          review.complete ? '' : ` ${judgedWhenComplete('Changes', review)}`
        }${
          review.kpis.openTickets > 0
            ? ` ${formatInteger(review.kpis.openTickets)} of the week’s tickets are still open: resolution times count only those resolved so far${
                resolutionFiguresProvisional(review.kpis)
                  ? ', so the figures that settle as tickets resolve (resolution, FCR, cost) are provisional and not judged yet'
                  : ''
              }.`
            : ''
        }`}
      >
        <HeadlineTable review={review} />
      </ReviewSection>
      <MoversSection review={review} caveat={triageCaveat} />
      <SpecialCausesSection review={review} caveat={triageCaveat} />
      <RecurrencesSection review={review} />
      <ReviewActionsSection review={review} />
      <ReviewDisputesSection review={review} canSettle={can(user, 'settleDispute')} />
    </div>
  );
}

/**
 * A real week that has not begun: there is nothing to review yet, and comparing its empty days
 * with the weeks before would call every cause a fall. Points to the weeks that can be reviewed.
 */
function NotStartedWeek({ isoWeek, requestDay }: { isoWeek: string; requestDay: number }) {
  const current = isoWeekOf(requestDay);
  const last = lastCompleteWeek(requestDay);
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Weekly review' }]} />
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        Weekly review {isoWeek}
      </h1>
      <Notice>
        {isoWeek} has not started yet: there is nothing to review. The latest week you can review is{' '}
        <Link href={`/review/${current}`} className="font-medium underline">
          {current}
        </Link>
        , still running; the last complete one is{' '}
        <Link href={`/review/${last}`} className="font-medium underline">
          {last}
        </Link>
        .
      </Notice>
    </div>
  );
}
