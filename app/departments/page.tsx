import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { countOpenDisputes } from '@/db/queries/disputes';
import { getOverview } from '@/db/queries/overview';
import { NO_DEPARTMENT, parseFilters } from '@/lib/filters';
import { departmentHref, overviewHref, ticketsHref } from '@/lib/links';
import { dayOf } from '@/lib/time';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { departmentColor } from '@/components/charts/department-colors';
import { DateRangeFilter } from '@/components/date-range-filter';
import { formatDuration, formatInteger, formatPercent } from '@/components/format';
import { RangeSummary } from '@/components/range-summary';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Departments' };

const PATH = '/departments';

const countLink = 'underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900';

/** A server component renders once per request, so "today" is simply the request's day (UTC). */
const today = () => dayOf(Date.now());

const duration = (hours: number | null) => (hours === null ? '—' : formatDuration(hours));

export default async function DepartmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const { range, notice } = parseFilters(await searchParams, today());
  const db = getDb();
  const overview = getOverview(db, range);
  const disputes = countOpenDisputes(db);
  const total = overview.kpis.tickets;
  return (
    <div className="space-y-8">
      {notice && <Notice>{notice}</Notice>}
      <header className="space-y-4">
        <Breadcrumbs
          items={[{ label: 'Overview', href: overviewHref(range) }, { label: 'Departments' }]}
        />
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Departments</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Every originating department with the tickets its processes caused in the range. Open a
            department to see its causes, trend, resolution times, backlog and repeat customers.
          </p>
        </div>
        <DateRangeFilter range={range} path={PATH} />
        <RangeSummary range={range} />
      </header>
      <Card className="p-5">
        <TableScroll label="Tickets by originating department">
          <table
            className="w-full min-w-[640px] text-sm tabular-nums"
            data-testid="departments-table"
          >
            <caption className="sr-only">Tickets by originating department</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Department
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Tickets
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Share of all
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Median resolution
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Recurrence rate
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Still open
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Disputed
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.departments.map((d) => (
                <tr key={d.slug} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <span className="flex items-center gap-2">
                      <span
                        aria-hidden="true"
                        className="inline-block size-3 rounded-sm"
                        style={{ background: departmentColor(d.slug) }}
                      />
                      <Link
                        href={departmentHref(d.slug, range)}
                        className="font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900"
                      >
                        {d.name}
                      </Link>
                    </span>
                  </th>
                  <td
                    className="py-2 pr-4 text-right font-medium"
                    data-testid={`tickets-${d.slug}`}
                  >
                    <Link href={ticketsHref(range, { department: d.slug })} className={countLink}>
                      {formatInteger(d.kpis.tickets)}
                    </Link>
                  </td>
                  <td className="py-2 pr-4 text-right">
                    {total === 0 ? '—' : formatPercent(d.kpis.tickets / total)}
                  </td>
                  <td className="py-2 pr-4 text-right">{duration(d.kpis.p50ResolutionHours)}</td>
                  <td className="py-2 pr-4 text-right">
                    {d.kpis.recurrenceRate === null ? '—' : formatPercent(d.kpis.recurrenceRate)}
                  </td>
                  <td className="py-2 pr-4 text-right">
                    <Link
                      href={ticketsHref(range, { department: d.slug, status: 'open' })}
                      className={countLink}
                    >
                      {formatInteger(d.kpis.openTickets)}
                    </Link>
                  </td>
                  <td className="py-2 text-right" data-testid={`disputes-${d.slug}`}>
                    {disputes.get(d.id) ? (
                      <Link
                        href={`/disputes?department=${d.slug}&status=open`}
                        className={countLink}
                      >
                        {formatInteger(disputes.get(d.id)!)}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="mt-3 text-sm text-slate-600">
          <Link href={ticketsHref(range, { department: NO_DEPARTMENT })} className={countLink}>
            {formatInteger(overview.unattributedTickets)}
          </Link>{' '}
          of {formatInteger(total)} tickets in the range are not yet attributed to a department and
          are not listed.
        </p>
      </Card>
    </div>
  );
}
