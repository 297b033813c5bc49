import Link from 'next/link';
import type { OverviewData } from '@/db/queries/overview';
import { departmentHref } from '@/lib/links';
import { ChartSection } from '../chart-section';
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
        <WeeklyTicketsChart weeks={weeks} series={series} height={HEIGHT} />
      )}
    </ChartSection>
  );
}
