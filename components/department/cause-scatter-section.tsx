import Link from 'next/link';
import type { DepartmentPageData } from '@/db/queries/department-page';
import { causeHref } from '@/lib/links';
import { MIN_TICKETS_TO_NAME, SHORT_CALL_SLOW_FIX_MARGIN, type CausePoint } from '@/lib/department';
import { ChartSection } from '../chart-section';
import { CauseScatterChart } from '../charts/cause-scatter-chart';
import { departmentColor } from '../charts/department-colors';
import { EmptyChart } from '../charts/empty-chart';
import { formatDecimal, formatDecimalsApart, formatInteger } from '../format';
import { SrTable } from '../ui/sr-table';

const HEIGHT = 440;

/** Above two days, a median reads better in days (as on the overview). */
const DAYS_FROM_HOURS = 48;

const MARGIN = `${formatInteger(SHORT_CALL_SLOW_FIX_MARGIN * 100)} %`;

function cornerSentence(
  corner: CausePoint[],
  department: { ahtMinutes: number; medianHours: number },
  toUnit: (hours: number) => number,
  unitLabel: string,
) {
  // The figures are written so that none reads the same as the department's it is said to beat.
  const aht = formatDecimalsApart(
    department.ahtMinutes,
    corner.map((p) => p.ahtMinutes),
  );
  const median = formatDecimalsApart(
    toUnit(department.medianHours),
    corner.map((p) => toUnit(p.medianHours)),
  );
  const list = new Intl.ListFormat('en-US', { type: 'conjunction' }).format(
    corner.map(
      (p, i) =>
        `“${p.causeName}” (${aht.values[i]} min calls, ${median.values[i]} ${unitLabel} to fix, ${formatInteger(p.tickets)} tickets)`,
    ),
  );
  return (
    <>
      <strong className="font-semibold text-slate-800">Short calls, slow fix: {list}.</strong>{' '}
      {corner.length === 1 ? 'Its calls are' : 'Their calls are'} at least {MARGIN} shorter than the
      department’s average of {aht.reference} min, yet the problem takes at least {MARGIN} longer to
      fix than the department’s median of {median.reference} {unitLabel}: a call-time dashboard
      would praise {corner.length === 1 ? 'this cause' : 'these causes'} while customers wait.
    </>
  );
}

export function CauseScatterSection({ data }: { data: DepartmentPageData }) {
  const { points, ahtMinutes, medianHours, corner, shortCallSlowFix } = data.causes;
  const slowest = Math.max(medianHours ?? 0, ...points.map((p) => p.medianHours));
  const unit = slowest >= DAYS_FROM_HOURS ? 'days' : 'hours';
  const toUnit = (hours: number) => (unit === 'days' ? hours / 24 : hours);
  const flagged = new Set(shortCallSlowFix.map((p) => p.causeId));
  return (
    <ChartSection
      id="chart-cause-scatter"
      title="Call time vs. time to fix, by root cause"
      caption={
        points.length === 0 ? (
          'No root cause of this department has both contacts and resolved tickets in this range.'
        ) : (
          <>
            {ahtMinutes !== null && medianHours !== null && shortCallSlowFix.length > 0 ? (
              cornerSentence(
                shortCallSlowFix,
                { ahtMinutes, medianHours },
                toUnit,
                unit === 'days' ? 'days' : 'h',
              )
            ) : (
              <strong className="font-semibold text-slate-800">
                No cause with at least {MIN_TICKETS_TO_NAME} tickets has calls at least {MARGIN}{' '}
                shorter and fixes at least {MARGIN} slower than the department as a whole.
              </strong>
            )}{' '}
            Each mark is a root cause, numbered as in the key below (a diamond when named here); its
            area is the number of tickets. The dashed lines are the department’s average handle time
            and median resolution; the shaded upper-left corner, {MARGIN} beyond both lines, is
            where short calls hide slow fixes.
          </>
        )
      }
      dataTable={
        <SrTable
          caption={`Root causes of ${data.department.name} by call time and time to fix`}
          columns={[
            'Root cause',
            'Tickets',
            'Average handle time (minutes)',
            `Median resolution (${unit})`,
            'Short calls, slow fix',
          ]}
          rows={points.map((p) => [
            p.causeName,
            formatInteger(p.tickets),
            formatDecimal(p.ahtMinutes),
            formatDecimal(toUnit(p.medianHours)),
            flagged.has(p.causeId) ? 'yes' : 'no',
          ])}
        />
      }
    >
      {points.length === 0 ? (
        <EmptyChart height={HEIGHT} message="No cause with contacts and resolved tickets." />
      ) : (
        <CauseScatterChart
          points={points.map((p, i) => ({
            causeId: p.causeId,
            causeName: p.causeName,
            // Causes crowd together, and a name on the chart covers its neighbours: only numbers
            // there, names in the key below (the corner's also in the caption).
            label: String(i + 1),
            tickets: p.tickets,
            ahtMinutes: p.ahtMinutes,
            resolution: toUnit(p.medianHours),
            inCorner: flagged.has(p.causeId),
            href: causeHref(p.causeId, data.range),
          }))}
          unit={unit}
          department={{
            ahtMinutes,
            resolution: medianHours === null ? null : toUnit(medianHours),
          }}
          corner={
            corner && {
              maxAhtMinutes: corner.maxAhtMinutes,
              minResolution: toUnit(corner.minMedianHours),
            }
          }
          color={departmentColor(data.department.slug)}
          height={HEIGHT}
        />
      )}
      {points.length > 0 && (
        <ol
          aria-label="Key to the numbered causes"
          className="mt-3 grid gap-x-6 gap-y-0.5 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-3"
        >
          {points.map((p, i) => (
            <li key={p.causeId} className="flex gap-1.5">
              <span className="w-5 shrink-0 text-right font-semibold text-slate-900 tabular-nums">
                {i + 1}
              </span>
              <span>
                <Link
                  href={causeHref(p.causeId, data.range)}
                  className="underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900"
                >
                  {p.causeName}
                </Link>{' '}
                <span className="text-slate-500 tabular-nums">({formatInteger(p.tickets)})</span>
                {flagged.has(p.causeId) && (
                  <span className="ml-1.5 font-semibold whitespace-nowrap text-slate-900">
                    <span aria-hidden="true">◆ </span>short calls, slow fix
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </ChartSection>
  );
}
