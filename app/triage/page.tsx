import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getDepartmentBySlug, listDepartments } from '@/db/queries/departments';
import { getEntityOption, listCauseOptions } from '@/db/queries/lookups';
import { getDepartmentTotals } from '@/db/queries/range-totals';
import { countTickets, getTicketPage } from '@/db/queries/ticket-explorer';
import { getTicketTexts } from '@/db/queries/training-set';
import {
  NO_DEPARTMENT,
  parseTicketFilters,
  rangeSearchParams,
  ticketFilterSearchParams,
} from '@/lib/filters';
import { ticketsHref } from '@/lib/links';
import { classificationCoverage } from '@/lib/metrics';
import { addTotals } from '@/lib/overview';
import { can } from '@/lib/permissions';
import { dayOf } from '@/lib/time';
import { suggestCauses } from '@/triage/suggester';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DateRangeFilter } from '@/components/date-range-filter';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime, formatInteger, formatPercent } from '@/components/format';
import { NotAllowed } from '@/components/not-allowed';
import { TicketFilterForm } from '@/components/tickets/ticket-filter-form';
import { TriageQueue, type TriageItem } from '@/components/triage/triage-queue';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';

export const metadata: Metadata = { title: 'Triage' };

const QUEUE_LENGTH = 25;

/** A server component renders once per request: "now" is the request's time. */
const requestTime = () => Date.now();

export default async function TriagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  // Anyone who may classify something: an analyst or admin any ticket, a lead their department's.
  if (!can(user, 'classify', { departmentIds: [user.departmentId] })) {
    return (
      <NotAllowed>
        Your role reads the figures; analysts and department leads classify tickets.
      </NotAllowed>
    );
  }
  const db = getDb();
  const { displayTimeZone } = getSettings(db);
  const parsed = parseTicketFilters(await searchParams, dayOf(requestTime()));
  const { range } = parsed;
  const filters = { ...parsed.filters, unclassified: true };
  const notices = [parsed.notice];
  if (
    filters.department &&
    filters.department !== NO_DEPARTMENT &&
    !getDepartmentBySlug(db, filters.department)
  ) {
    notices.push(
      `Ignored the filter "department": there is no department "${filters.department}".`,
    );
    delete filters.department;
  }

  const totals = addTotals(getDepartmentTotals(db, range));
  const coverage = classificationCoverage(totals.classified, totals.tickets);
  const waiting = countTickets(db, range, filters);
  const page = getTicketPage(
    db,
    range,
    filters,
    { key: 'opened', direction: 'desc' },
    { cursor: null, towards: 'after' },
    { pageSize: QUEUE_LENGTH },
  );
  const texts = getTicketTexts(
    db,
    page.rows.map((r) => r.id),
  );
  const causes = listCauseOptions(db);
  // A lead is offered only the causes of their own department.
  const offered = causes.filter((c) =>
    can(user, 'classify', { departmentIds: [null, c.departmentId] }),
  );
  const offeredById = new Map(offered.map((c) => [c.id, c]));
  const suggestions = await suggestCauses(
    db,
    page.rows.map((r) => ({ ...texts.get(r.id)!, id: r.id })),
  );

  const items: TriageItem[] = page.rows.map((r) => ({
    id: r.id,
    externalId: r.externalId,
    subject: r.subject,
    description: texts.get(r.id)?.description ?? '',
    customerName: r.customerName,
    productName: r.productName,
    channel: r.channel,
    opened: formatDateTime(r.openedAt, displayTimeZone),
    suggestions: (suggestions.get(r.id) ?? []).flatMap((s) => {
      const cause = offeredById.get(s.label);
      return cause
        ? [
            {
              causeId: cause.id,
              causeName: cause.name,
              departmentName: cause.departmentName,
              confidence: s.confidence,
            },
          ]
        : [];
    }),
  }));
  const customer =
    filters.customer === undefined
      ? null
      : (getEntityOption(db, 'customer', filters.customer) ?? null);
  const product =
    filters.product === undefined
      ? null
      : (getEntityOption(db, 'product', filters.product) ?? null);

  return (
    <div className="space-y-6">
      {notices.filter(Boolean).map((n) => (
        <Notice key={n}>{n}</Notice>
      ))}
      <header className="space-y-3">
        <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Triage' }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Triage</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Attribute each unclassified ticket to the root cause behind it. Every department figure is
          only as true as these attributions. Suggestions come from the tickets already classified
          with similar words, product and channel.
        </p>
        <DateRangeFilter
          range={range}
          path="/triage"
          keep={ticketFilterSearchParams(parsed.filters)}
        />
      </header>
      <Card
        className="flex flex-wrap items-baseline gap-x-8 gap-y-2 p-4"
        data-testid="triage-coverage"
      >
        <p>
          <span className="text-sm text-slate-600">Classification coverage </span>
          <span
            className="text-2xl font-semibold tabular-nums"
            data-testid="coverage-value"
            data-value={coverage ?? ''}
          >
            {coverage === null ? '—' : formatPercent(coverage)}
          </span>
        </p>
        <p className="text-sm text-slate-700">
          <Link
            href={ticketsHref(range, filters)}
            className="font-medium underline underline-offset-2"
            data-testid="triage-waiting"
            data-value={waiting}
          >
            {formatInteger(waiting)} unclassified {waiting === 1 ? 'ticket' : 'tickets'}
          </Link>{' '}
          match the filters, newest first.
        </p>
      </Card>
      <Card className="p-5">
        <TicketFilterForm
          key={JSON.stringify(parsed.filters)}
          path="/triage"
          filters={parsed.filters}
          keep={rangeSearchParams(range)}
          departments={listDepartments(db)}
          causes={causes}
          customer={customer}
          product={product}
        />
      </Card>
      <TriageQueue items={items} causes={offered} />
    </div>
  );
}
