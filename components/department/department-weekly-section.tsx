import type { DepartmentPageData } from '@/db/queries/department-page';
import { ChartSection } from '../chart-section';
import { DepartmentWeeklyChart } from '../charts/department-weekly-chart';
import { departmentColor } from '../charts/department-colors';
import { EmptyChart } from '../charts/empty-chart';
import { formatDay, formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';

const HEIGHT = 340;

/** The full weeks with the most tickets and the highest recurrence rate, for the caption. */
function peaks(data: DepartmentPageData) {
  const full = data.weekly.filter((w) => w.days === 7);
  const busiest = [...full].sort((a, b) => b.tickets - a.tickets)[0];
  const worst = [...full]
    .filter((w) => w.recurrenceRate !== null && w.tickets >= 5)
    .sort((a, b) => b.recurrenceRate! - a.recurrenceRate!)[0];
  return { busiest, worst };
}

export function DepartmentWeeklySection({ data }: { data: DepartmentPageData }) {
  const { busiest, worst } = peaks(data);
  const rate = data.kpis.recurrenceRate;
  return (
    <ChartSection
      id="chart-department-weekly"
      title="Tickets and recurrence per week"
      caption={
        <>
          <strong className="font-semibold text-slate-800">
            Bars are the tickets {data.department.name} caused each ISO week; the line is the share
            of those (classified) tickets that were repeats of a problem the same customer already
            had.
          </strong>{' '}
          A rising line with flat bars means fixes are not holding.
          {rate !== null && <> Over the range the recurrence rate is {formatPercent(rate)}.</>}
          {busiest && busiest.tickets > 0 && (
            <>
              {' '}
              Busiest full week: {formatDay(busiest.weekStart)} ({formatInteger(busiest.tickets)}{' '}
              tickets).
            </>
          )}
          {worst && (
            <>
              {' '}
              Highest recurrence: week of {formatDay(worst.weekStart)} (
              {formatPercent(worst.recurrenceRate!)}).
            </>
          )}{' '}
          Lighter bars are partial weeks at the edges of the range.
        </>
      }
      dataTable={
        <SrTable
          caption={`Tickets and recurrence rate per week, ${data.department.name}`}
          columns={['Week starting', 'Days in range', 'Tickets', 'Recurrences', 'Recurrence rate']}
          rows={data.weekly.map((w) => [
            formatDay(w.weekStart),
            String(w.days),
            formatInteger(w.tickets),
            formatInteger(w.recurrences),
            w.recurrenceRate === null ? 'no classified tickets' : formatPercent(w.recurrenceRate),
          ])}
        />
      }
    >
      {data.kpis.tickets === 0 ? (
        <EmptyChart height={HEIGHT} message="No tickets in this range." />
      ) : (
        <DepartmentWeeklyChart
          weeks={data.weekly}
          color={departmentColor(data.department.slug)}
          height={HEIGHT}
        />
      )}
    </ChartSection>
  );
}
