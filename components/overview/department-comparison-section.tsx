import Link from 'next/link';
import type { OverviewData } from '@/db/queries/overview';
import { departmentHref } from '@/lib/links';
import { ChartSection } from '../chart-section';
import { DepartmentComparisonChart } from '../charts/department-comparison-chart';
import { departmentComparison } from '../charts/department-comparison-data';
import { EmptyChart } from '../charts/empty-chart';
import { formatDecimal, formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';

const cell = (value: number | null) => (value === null ? 'no data' : formatDecimal(value));

/** The sentence naming the departments, each name a link to its page. */
function misleadingSentence(departments: { name: string; href: string }[]): React.ReactNode {
  if (departments.length === 0) {
    return 'In this period no department combines shorter calls than average with slower fixes and more recurrence.';
  }
  const parts = new Intl.ListFormat('en-US', { type: 'conjunction' }).formatToParts(
    departments.map((d) => d.name),
  );
  let next = 0;
  return (
    <>
      In this period that is{' '}
      {parts.map((part, i) => {
        if (part.type === 'literal') return part.value;
        const department = departments[next++];
        return (
          <Link
            key={i}
            href={department.href}
            className="font-medium text-slate-900 underline underline-offset-2"
          >
            {department.name}
          </Link>
        );
      })}
      : shorter calls than average, but slower fixes and more recurrence.
    </>
  );
}

export function DepartmentComparisonSection({ overview }: { overview: OverviewData }) {
  const data = departmentComparison(overview.departments, overview.kpis);
  const coverage = overview.kpis.classificationCoverage;
  const unattributed = overview.unattributedTickets;
  return (
    <ChartSection
      id="chart-department-comparison"
      title="Call time vs. resolution by originating department"
      caption={
        <>
          <strong className="font-semibold text-slate-800">
            Departments whose calls are short but whose problems take long to fix and come back are
            where call-time metrics mislead.
          </strong>{' '}
          {misleadingSentence(
            data.misleading.map((r) => ({
              name: r.name,
              href: departmentHref(r.slug, overview.range),
            })),
          )}{' '}
          Rows run from the slowest median resolution to the fastest; the dashed line marks all
          departments together. Resolution counts resolved tickets only. Select a department’s name
          to open its page. Classification coverage:{' '}
          {coverage === null ? 'no tickets' : formatPercent(coverage)} of{' '}
          {formatInteger(overview.kpis.tickets)} tickets have a root cause;{' '}
          {formatInteger(unattributed)} {unattributed === 1 ? 'ticket is' : 'tickets are'} not yet
          attributed to a department and not shown.
        </>
      }
      dataTable={
        <SrTable
          caption="Call time, median resolution and recurrence by originating department"
          columns={[
            'Department',
            'Tickets',
            'Average handle time (minutes)',
            `Median resolution (${data.resolutionUnit})`,
            'Recurrence rate (%)',
          ]}
          rows={data.rows.map((r) => [
            r.name,
            formatInteger(r.tickets),
            cell(r.ahtMinutes),
            cell(r.resolution),
            cell(r.recurrencePct),
          ])}
        />
      }
    >
      {data.rows.length === 0 ? (
        <EmptyChart
          height={200}
          message="No ticket in this range is attributed to a department yet."
        />
      ) : (
        <DepartmentComparisonChart
          data={data}
          hrefs={Object.fromEntries(
            data.rows.map((r) => [r.name, departmentHref(r.slug, overview.range)]),
          )}
        />
      )}
    </ChartSection>
  );
}
