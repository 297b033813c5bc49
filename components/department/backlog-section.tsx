import type { DepartmentPageData } from '@/db/queries/department-page';
import { ChartSection } from '../chart-section';
import { BacklogChart } from '../charts/backlog-chart';
import { departmentColor } from '../charts/department-colors';
import { DrillLinks } from '../charts/drill-links';
import { EmptyChart } from '../charts/empty-chart';
import { backlogOpeningDays } from '@/lib/department';
import { makeRange } from '@/lib/filters';
import { ticketsHref } from '@/lib/links';
import { formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';

const HEIGHT = 220;

export function BacklogSection({ data }: { data: DepartmentPageData }) {
  const open = data.backlog.reduce((sum, b) => sum + b.tickets, 0);
  // Each band is a range of opening days, so its bar opens exactly its tickets in the explorer.
  const bands = data.backlog.map((b, i) => {
    const days = backlogOpeningDays(i, data.asOfDay, data.range);
    return {
      ...b,
      href: days
        ? ticketsHref(makeRange(days.fromDay, days.toDay, 'custom'), {
            department: data.department.slug,
            status: 'open',
          })
        : null,
    };
  });
  const oldest = data.backlog[data.backlog.length - 1];
  return (
    <ChartSection
      id="chart-backlog"
      title="Open backlog by age"
      caption={
        open === 0 ? (
          'Every ticket of this department opened in the range has been resolved.'
        ) : (
          <>
            <strong className="font-semibold text-slate-800">
              {formatInteger(open)} {open === 1 ? 'ticket' : 'tickets'} opened in the range{' '}
              {open === 1 ? 'is' : 'are'} still open; {formatInteger(oldest.tickets)} (
              {formatPercent(oldest.tickets / open)}) for {oldest.label}.
            </strong>{' '}
            Ages are counted from opening to now. Old open tickets are customers still waiting, and
            they are missing from the resolution times above.
          </>
        )
      }
      drillLinks={
        <DrillLinks
          title="Open tickets by age"
          links={bands.flatMap((b) =>
            b.href ? [{ label: b.label, count: b.tickets, href: b.href }] : [],
          )}
        />
      }
      dataTable={
        <SrTable
          caption={`Open tickets of ${data.department.name} by age`}
          columns={['Age', 'Open tickets']}
          rows={data.backlog.map((b) => [b.label, formatInteger(b.tickets)])}
        />
      }
    >
      {open === 0 ? (
        <EmptyChart height={HEIGHT} message="No open tickets." />
      ) : (
        <BacklogChart bands={bands} color={departmentColor(data.department.slug)} height={HEIGHT} />
      )}
    </ChartSection>
  );
}
