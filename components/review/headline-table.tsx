import type { ReviewData } from '@/db/queries/review';
import { ticketsHref } from '@/lib/links';
import Link from 'next/link';
import { resolutionFiguresProvisional } from '@/lib/metrics';
import { deltaLabel } from '../kpi-delta';
import { definitionDelta, kpiDefinitions } from '../kpi-grid';

const TONE = { good: 'text-emerald-800', bad: 'text-red-800', neutral: 'text-slate-600' };

/** The week's key figures beside the weekly average of the four weeks before. */
export function HeadlineTable({ review }: { review: ReviewData }) {
  const { settings } = review;
  const provisional = resolutionFiguresProvisional(review.kpis);
  return (
    <table className="w-full text-sm tabular-nums" data-testid="review-headline">
      <caption className="sr-only">The week’s key figures against the 4 weeks before</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="py-1.5 pr-3 font-medium">
            Figure
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right font-medium">
            This week
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right font-medium">
            4-week average
          </th>
          <th scope="col" className="py-1.5 text-right font-medium">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {kpiDefinitions(settings.currency, settings.recurrenceWindowDays).map((d) => {
          const value = d.pick(review.kpis);
          const baseline = d.pick(review.baselineKpis);
          const delta = definitionDelta(d, value, baseline, provisional);
          // A week not over is not yet better or worse: its change is shown, uncoloured.
          const tone = review.complete ? delta.tone : 'neutral';
          const shown = value === null ? '—' : d.format(value);
          return (
            <tr key={d.testId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {d.label}
                {d.qualifier && <span className="text-slate-500"> ({d.qualifier})</span>}
                <span className="text-slate-500"> · {d.unit}</span>
              </th>
              <td className="py-1.5 pr-3 text-right font-medium" data-testid={`review-${d.testId}`}>
                {d.drill && value !== null ? (
                  <Link
                    href={ticketsHref(review.range, d.drill.filters)}
                    className="underline decoration-slate-300 underline-offset-2"
                  >
                    {shown}
                  </Link>
                ) : (
                  shown
                )}
              </td>
              <td className="py-1.5 pr-3 text-right text-slate-700">
                {baseline === null ? '—' : d.format(baseline)}
              </td>
              <td className={`py-1.5 text-right ${TONE[tone]}`}>{deltaLabel(delta)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
