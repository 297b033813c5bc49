import type { Metadata } from 'next';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listActions } from '@/db/queries/corrective-actions';
import { getOverview } from '@/db/queries/overview';
import { parseFilters } from '@/lib/filters';
import { dayOf } from '@/lib/time';
import { OpenActionsSection } from '@/components/actions/open-actions-section';
import { DateRangeFilter } from '@/components/date-range-filter';
import { EmptyOverview } from '@/components/empty-overview';
import { KpiGrid } from '@/components/kpi-grid';
import { DepartmentComparisonSection } from '@/components/overview/department-comparison-section';
import { ParetoSection } from '@/components/overview/pareto-section';
import { WeeklyTicketsSection } from '@/components/overview/weekly-tickets-section';
import { RangeSummary } from '@/components/range-summary';
import { Notice } from '@/components/ui/notice';

export const metadata: Metadata = { title: 'Overview' };

const PATH = '/';

/** A server component renders once per request, so "now" is simply the request's time. */
const requestTime = () => Date.now();

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const now = requestTime();
  const { range, notice } = parseFilters(await searchParams, dayOf(now));
  const db = getDb();
  // One synchronous read of the summary tables; loading.tsx covers the wait on navigation.
  const overview = getOverview(db, range);
  return (
    <div className="space-y-8">
      {notice && <Notice>{notice}</Notice>}
      <header className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Overview</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Where customer problems originate, how long they take to fix, how often they come back
            and what they cost, by the department whose process caused them.
          </p>
        </div>
        <DateRangeFilter range={range} path={PATH} />
        <RangeSummary range={range} />
      </header>
      {overview.kpis.tickets === 0 ? (
        <EmptyOverview range={range} path={PATH} />
      ) : (
        <>
          <KpiGrid
            kpis={overview.kpis}
            previousKpis={overview.previousKpis}
            currency={overview.currency}
            recurrenceWindowDays={overview.recurrenceWindowDays}
            drillDown={{ range, scope: {} }}
          />
          <DepartmentComparisonSection overview={overview} />
          <WeeklyTicketsSection overview={overview} />
          <ParetoSection
            pareto={overview.pareto}
            title="Root causes, company-wide (Pareto)"
            byDepartment
            range={range}
          />
        </>
      )}
      <OpenActionsSection
        actions={listActions(db, { openOnly: true })}
        scope="in the company"
        allHref="/actions"
        nowMs={now}
      />
    </div>
  );
}
