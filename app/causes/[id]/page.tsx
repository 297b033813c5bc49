import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getCausePage } from '@/db/queries/cause-page';
import { getCause } from '@/db/queries/causes';
import { withEffectiveness } from '@/db/queries/corrective-actions';
import { parseFilters, parseIdParam } from '@/lib/filters';
import { departmentHref, departmentsHref, overviewHref, ticketsHref } from '@/lib/links';
import { can } from '@/lib/permissions';
import { dayOf } from '@/lib/time';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ActionsSection } from '@/components/cause/actions-section';
import { departmentColor } from '@/components/charts/department-colors';
import { DateRangeFilter } from '@/components/date-range-filter';
import { DepartmentWeeklySection } from '@/components/department/department-weekly-section';
import type { DrillSubject } from '@/components/department/drill-subject';
import { RecurrenceLeadersSection } from '@/components/department/recurrence-leaders-section';
import { ResolutionDistributionSection } from '@/components/department/resolution-distribution-section';
import { EmptyOverview } from '@/components/empty-overview';
import { formatInteger } from '@/components/format';
import { KpiGrid } from '@/components/kpi-grid';
import { RangeSummary } from '@/components/range-summary';
import { TicketTable } from '@/components/tickets/ticket-table';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';

type Params = Promise<{ id: string }>;

/** A server component renders once per request: "now" is the request's time. */
const requestTime = () => Date.now();

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseIdParam((await params).id);
  const cause = id === null ? undefined : getCause(getDb(), id);
  return { title: cause ? cause.name : 'Root cause not found' };
}

export default async function CausePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const db = getDb();
  const id = parseIdParam((await params).id);
  const cause = id === null ? undefined : getCause(db, id);
  if (!cause) notFound();
  const now = requestTime();
  const { range, notice } = parseFilters(await searchParams, dayOf(now));
  const path = `/causes/${cause.id}`;
  const data = getCausePage(db, cause, range);
  // A lead creates fixes their own department owns, an admin any.
  const mayCreateAction = can(user, 'manageActions', { departmentIds: [user.departmentId] });
  const subject: DrillSubject = {
    name: cause.name,
    color: departmentColor(cause.departmentSlug),
    filters: { cause: cause.id },
  };
  return (
    <div className="space-y-8">
      {notice && <Notice>{notice}</Notice>}
      <header className="space-y-4">
        <Breadcrumbs
          items={[
            { label: 'Overview', href: overviewHref(range) },
            { label: 'Departments', href: departmentsHref(range) },
            { label: cause.departmentName, href: departmentHref(cause.departmentSlug, range) },
            { label: cause.name },
          ]}
        />
        <div>
          <p className="text-sm font-medium text-slate-500">Root cause in {cause.departmentName}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{cause.name}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {cause.description ||
              `Tickets whose problem was created by ${cause.departmentName} in this way.`}{' '}
            How often it happens, how long it takes to fix, who it keeps coming back to, and what is
            being done about it. Each card shows the cause’s figure and, below it, its department’s.
          </p>
          {cause.retiredAt !== null && (
            <p className="mt-2 text-sm text-amber-800">
              This cause is retired: new tickets are no longer attributed to it.
            </p>
          )}
        </div>
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
            comparison={{ label: cause.departmentName, kpis: data.departmentKpis }}
            // One cause's tickets are all classified and all of one department.
            exclude={['kpi-upstream-share', 'kpi-coverage']}
            drillDown={{ range, scope: subject.filters }}
          />
          <DepartmentWeeklySection
            weeks={data.weekly}
            range={range}
            subject={subject}
            recurrenceRate={data.kpis.recurrenceRate}
            tickets={data.kpis.tickets}
            fixes={data.actions.flatMap((a) =>
              a.doneAt === null ? [] : [{ doneAt: a.doneAt, title: a.title }],
            )}
          />
          <ResolutionDistributionSection
            bands={data.resolutionBands}
            kpis={data.kpis}
            range={range}
            subject={subject}
          />
          <RecurrenceLeadersSection
            topCustomers={data.topCustomers}
            topProducts={data.topProducts}
            settings={data.settings}
            range={range}
            subject={subject}
          />
        </>
      )}
      <ActionsSection
        actions={withEffectiveness(db, data.actions, data.settings.effectivenessWeeks, now)}
        causeId={cause.id}
        effectivenessWeeks={data.settings.effectivenessWeeks}
        mayCreate={mayCreateAction}
        nowMs={now}
      />
      {data.latestTickets.length > 0 && (
        <section aria-labelledby="latest-heading" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="latest-heading" className="text-lg font-semibold text-slate-900">
              Latest tickets
            </h2>
            <Link
              href={ticketsHref(range, subject.filters)}
              className="text-sm font-medium text-slate-900 underline underline-offset-2"
            >
              Open all {formatInteger(data.kpis.tickets)} tickets of this cause in the explorer
            </Link>
          </div>
          <Card>
            <TicketTable
              rows={data.latestTickets}
              columns={['opened', 'customer', 'product', 'channel', 'resolution', 'recurrence']}
              range={range}
              filters={subject.filters}
              sort={{ key: 'opened', direction: 'desc' }}
              currency={data.settings.currency}
              timeZone={data.settings.displayTimeZone}
              nowMs={now}
              caption={`The latest tickets of ${cause.name}`}
            />
          </Card>
        </section>
      )}
    </div>
  );
}
