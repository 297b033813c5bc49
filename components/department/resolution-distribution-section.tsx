import { bandPosition, type ResolutionBand } from '@/lib/department';
import type { DateRange } from '@/lib/filters';
import { ticketsPageHref } from '@/lib/links';
import type { Kpis } from '@/lib/metrics';
import { ChartSection } from '../chart-section';
import { DrillLinks } from '../charts/drill-links';
import { EmptyChart } from '../charts/empty-chart';
import {
  ResolutionDistributionChart,
  type PercentileMarker,
} from '../charts/resolution-distribution-chart';
import { formatDuration, formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';
import type { DrillSubject } from './drill-subject';

const HEIGHT = 340;

export function ResolutionDistributionSection(props: {
  bands: ResolutionBand[];
  kpis: Kpis;
  range: DateRange;
  subject: DrillSubject;
}) {
  const { bands, subject } = props;
  const { p50ResolutionHours: p50, p90ResolutionHours: p90 } = props.kpis;
  const resolved = bands.reduce((sum, b) => sum + b.tickets, 0);
  const markers: PercentileMarker[] = [
    ...(p50 === null
      ? []
      : [
          {
            key: 'p50',
            label: `p50 ${formatDuration(p50)}`,
            position: bandPosition(p50),
            color: '#0f172a',
          },
        ]),
    ...(p90 === null
      ? []
      : [
          {
            key: 'p90',
            label: `p90 ${formatDuration(p90)}`,
            position: bandPosition(p90),
            color: '#b91c1c',
          },
        ]),
  ];
  const overWeek = bands.filter((b) => b.index >= 6).reduce((sum, b) => sum + b.tickets, 0);
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
              {formatDuration(p50!)} (p50), nine in ten within {formatDuration(p90!)} (p90).
            </strong>{' '}
            {formatInteger(overWeek)} ({formatPercent(overWeek / resolved)}) took more than a week:
            the long right tail is where customers are lost. Bands widen to the right (hours, days,
            weeks); open tickets are not included, see the backlog below.
          </>
        )
      }
      drillLinks={
        resolved > 0 && (
          // Bands come from histogram buckets, which do not split tickets at exact hours: the
          // link lists every resolved ticket, slowest first, rather than one band.
          <DrillLinks
            title="Tickets behind the chart"
            links={[
              {
                label: 'resolved tickets, slowest first',
                count: resolved,
                href: ticketsPageHref(
                  props.range,
                  { ...subject.filters, status: 'resolved' },
                  { key: 'resolution', direction: 'desc' },
                ),
              },
            ]}
          />
        )
      }
      dataTable={
        <SrTable
          caption={`Resolved tickets by time to resolution, ${subject.name}`}
          columns={['Time to resolution', 'Resolved tickets', 'Share']}
          rows={bands.map((b) => [b.label, formatInteger(b.tickets), formatPercent(b.share)])}
        />
      }
    >
      {resolved === 0 ? (
        <EmptyChart height={HEIGHT} message="No resolved tickets in this range." />
      ) : (
        <ResolutionDistributionChart
          bands={bands}
          markers={markers}
          color={subject.color}
          height={HEIGHT}
        />
      )}
    </ChartSection>
  );
}
