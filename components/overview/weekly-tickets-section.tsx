import Link from 'next/link';
import type { OverviewData } from '@/db/queries/overview';
import { NO_DEPARTMENT } from '@/lib/filters';
import { departmentHref, ticketsHref } from '@/lib/links';
import { UNCLASSIFIED_KEY } from '@/lib/overview';
import { ChartSection } from '../chart-section';
import { DrillLinks } from '../charts/drill-links';
import { EmptyChart } from '../charts/empty-chart';
import { WeeklyTicketsChart } from '../charts/weekly-tickets-chart';
import { weeklyChartSeries } from '../charts/weekly-tickets-data';
import { formatDay, formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';

const HEIGHT = 380;

export function WeeklyTicketsSection({ overview }: { overview: OverviewData }) {
  const weeks = overview.weekly;
  const series = weeklyChartSeries(weeks, overview.departments);
  const total = overview.kpis.tickets;
  const largest = series
    .filter((s) => overview.departments.some((d) => d.slug === s.key))
    .sort((a, b) => b.tickets - a.tickets)[0];
  const partialWeeks = weeks.filter((w) => w.days < 7).length;
  return (
    <ChartSection
      id="chart-weekly-tickets"
      title="Tickets per week by originating department"
      caption={
        <>
          Tickets opened each ISO week, stacked by the department whose process caused the problem;
          grey is tickets not yet attributed.
          {largest && total > 0 && (
            <>
              {' '}
              Over the range,{' '}
              <Link
                href={departmentHref(largest.key, overview.range)}
                className="font-medium text-slate-900 underline underline-offset-2"
              >
                {largest.label}
              </Link>{' '}
              originated the most: {formatInteger(largest.tickets)} tickets (
              {formatPercent(largest.tickets / total)} of all).
            </>
          )}
          {partialWeeks > 0 && (
            <> Lighter bars are partial weeks at the edges of the range (fewer than 7 days).</>
          )}
        </>
      }
      drillLinks={
        <DrillLinks
          title="Tickets of the range by department"
          links={series.map((s) => ({
            label: s.label,
            count: s.tickets,
            href: ticketsHref(overview.range, {
              department: s.key === UNCLASSIFIED_KEY ? NO_DEPARTMENT : s.key,
            }),
          }))}
        />
      }
      dataTable={
        <SrTable
          caption="Tickets opened per week by originating department"
          columns={['Week starting', 'Days in range', 'All tickets', ...series.map((s) => s.label)]}
          rows={weeks.map((w) => [
            formatDay(w.weekStart),
            String(w.days),
            formatInteger(w.total),
            ...series.map((s) => formatInteger(w.counts[s.key] ?? 0)),
          ])}
        />
      }
    >
      {series.length === 0 ? (
        <EmptyChart height={HEIGHT} message="No tickets were opened in this range." />
      ) : (
        <WeeklyTicketsChart weeks={weeks} series={series} range={overview.range} height={HEIGHT} />
      )}
    </ChartSection>
  );
}
