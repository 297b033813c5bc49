import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getDepartmentPage } from '@/db/queries/department-page';
import { getDepartmentBySlug } from '@/db/queries/departments';
import { listActions } from '@/db/queries/corrective-actions';
import { countOpenDisputes } from '@/db/queries/disputes';
import { isOpenAction } from '@/lib/actions';
import { parseFilters } from '@/lib/filters';
import { departmentsHref, overviewHref } from '@/lib/links';
import { dayOf } from '@/lib/time';
import { OpenActionsSection } from '@/components/actions/open-actions-section';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DateRangeFilter } from '@/components/date-range-filter';
import { BacklogSection } from '@/components/department/backlog-section';
import { CauseScatterSection } from '@/components/department/cause-scatter-section';
import { DepartmentWeeklySection } from '@/components/department/department-weekly-section';
import { RecurrenceLeadersSection } from '@/components/department/recurrence-leaders-section';
import { ResolutionDistributionSection } from '@/components/department/resolution-distribution-section';
import type { DrillSubject } from '@/components/department/drill-subject';
import { departmentColor } from '@/components/charts/department-colors';
import { EmptyOverview } from '@/components/empty-overview';
import { KpiGrid } from '@/components/kpi-grid';
import { ParetoSection } from '@/components/overview/pareto-section';
import { RangeSummary } from '@/components/range-summary';
import { Notice } from '@/components/ui/notice';

type Params = Promise<{ slug: string }>;

/** A server component renders once per request: "now" is the request's time (backlog ages). */
const requestTime = () => Date.now();

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const department = getDepartmentBySlug(getDb(), (await params).slug);
  return { title: department ? department.name : 'Department not found' };
}

export default async function DepartmentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const db = getDb();
  const department = getDepartmentBySlug(db, (await params).slug);
  if (!department) notFound();
  const now = requestTime();
  const { range, notice } = parseFilters(await searchParams, dayOf(now));
  const path = `/departments/${department.slug}`;
  const data = getDepartmentPage(db, department, range, now);
  const disputed = countOpenDisputes(db).get(department.id) ?? 0;
  const actions = listActions(db, { concerningDepartmentId: department.id });
  const subject: DrillSubject = {
    name: department.name,
    color: departmentColor(department.slug),
    filters: { department: department.slug },
  };
  return (
    <div className="space-y-8">
      {notice && <Notice>{notice}</Notice>}
      <header className="space-y-4">
        <Breadcrumbs
          items={[
            { label: 'Overview', href: overviewHref(range) },
            { label: 'Departments', href: departmentsHref(range) },
            { label: department.name },
          ]}
        />
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
            {department.name}
          </h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Customer problems whose root cause lies in {department.name}
            {department.isUpstream ? ', upstream of customer service' : ''}: what they are, how long
            they take to fix, how often they come back and who keeps calling. Each card shows the
            department’s figure and, below it, the whole company’s.
          </p>
        </div>
        {disputed > 0 && (
          <p className="text-sm" data-testid="department-disputes" data-value={disputed}>
            <Link
              href={`/disputes?department=${department.slug}&status=open`}
              className="font-medium text-amber-800 underline underline-offset-2"
            >
              {disputed} {disputed === 1 ? 'attribution' : 'attributions'} disputed
            </Link>{' '}
            <span className="text-slate-600">
              by the department, waiting for the weekly review: its figures may move.
            </span>
          </p>
        )}
        <DateRangeFilter range={range} path={path} />
        <RangeSummary range={range} />
      </header>
      {data.kpis.tickets === 0 ? (
        <EmptyOverview range={range} path={path} />
      ) : (
        <>
          <KpiGrid
            kpis={data.kpis}
            previousKpis={data.previousKpis}
            currency={data.settings.currency}
            recurrenceWindowDays={data.settings.recurrenceWindowDays}
            comparison={{ label: 'Company', kpis: data.companyKpis }}
            exclude={['kpi-upstream-share']}
            drillDown={{ range, scope: { department: department.slug } }}
          />
          <ParetoSection
            pareto={data.pareto}
            title={`Root causes in ${department.name} (Pareto)`}
            byDepartment={false}
            range={range}
          />
          <CauseScatterSection data={data} />
          <DepartmentWeeklySection
            weeks={data.weekly}
            range={range}
            subject={subject}
            recurrenceRate={data.kpis.recurrenceRate}
            tickets={data.kpis.tickets}
            fixes={actions.flatMap((a) =>
              a.doneAt === null ? [] : [{ doneAt: a.doneAt, title: a.title }],
            )}
          />
          <ResolutionDistributionSection
            bands={data.resolutionBands}
            kpis={data.kpis}
            range={range}
            subject={subject}
          />
          <BacklogSection data={data} />
          <RecurrenceLeadersSection
            topCustomers={data.topCustomers}
            topProducts={data.topProducts}
            settings={data.settings}
            range={range}
            subject={subject}
          />
        </>
      )}
      <OpenActionsSection
        actions={actions.filter((a) => isOpenAction(a.status))}
        scope={`in ${department.name}`}
        allHref={`/actions?department=${department.slug}`}
        nowMs={now}
      />
    </div>
  );
}
