import type { DepartmentPageData } from '@/db/queries/department-page';
import { bandPosition } from '@/lib/department';
import { ChartSection } from '../chart-section';
import { departmentColor } from '../charts/department-colors';
import { EmptyChart } from '../charts/empty-chart';
import {
  ResolutionDistributionChart,
  type PercentileMarker,
} from '../charts/resolution-distribution-chart';
import { formatDays, formatHours, formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';

const HEIGHT = 340;

/** "31 h" below two days, "5.2 days" above: the unit a reader thinks in at that size. */
export const readableDuration = (hours: number) =>
  hours < 48 ? `${formatHours(hours)} h` : `${formatDays(hours)} days`;

export function ResolutionDistributionSection({ data }: { data: DepartmentPageData }) {
  const { p50ResolutionHours: p50, p90ResolutionHours: p90 } = data.kpis;
  const resolved = data.resolutionBands.reduce((sum, b) => sum + b.tickets, 0);
  const markers: PercentileMarker[] = [
    ...(p50 === null
      ? []
      : [
          {
            key: 'p50',
            label: `p50 ${readableDuration(p50)}`,
            position: bandPosition(p50),
            color: '#0f172a',
          },
        ]),
    ...(p90 === null
      ? []
      : [
          {
            key: 'p90',
            label: `p90 ${readableDuration(p90)}`,
            position: bandPosition(p90),
            color: '#b91c1c',
          },
        ]),
  ];
  const overWeek = data.resolutionBands
    .filter((b) => b.index >= 6)
    .reduce((sum, b) => sum + b.tickets, 0);
  return (
    <ChartSection
      id="chart-resolution-distribution"
      title="How long fixes take"
      caption={
        resolved === 0 ? (
          'No ticket opened in this range has been resolved yet.'
        ) : (
          <>
            <strong className="font-semibold text-slate-800">
              Half of the {formatInteger(resolved)} resolved tickets were fixed within{' '}
              {readableDuration(p50!)} (p50), nine in ten within {readableDuration(p90!)} (p90).
            </strong>{' '}
            {formatInteger(overWeek)} ({formatPercent(overWeek / resolved)}) took more than a week:
            the long right tail is where customers are lost. Bands widen to the right (hours, days,
            weeks); open tickets are not included, see the backlog below.
          </>
        )
      }
      dataTable={
        <SrTable
          caption={`Resolved tickets by time to resolution, ${data.department.name}`}
          columns={['Time to resolution', 'Resolved tickets', 'Share']}
          rows={data.resolutionBands.map((b) => [
            b.label,
            formatInteger(b.tickets),
            formatPercent(b.share),
          ])}
        />
      }
    >
      {resolved === 0 ? (
        <EmptyChart height={HEIGHT} message="No resolved tickets in this range." />
      ) : (
        <ResolutionDistributionChart
          bands={data.resolutionBands}
          markers={markers}
          color={departmentColor(data.department.slug)}
          height={HEIGHT}
        />
      )}
    </ChartSection>
  );
}
