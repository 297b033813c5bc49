import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getDepartmentBySlug, listDepartments } from '@/db/queries/departments';
import { getEntityOption, listCauseOptions, type EntityOption } from '@/db/queries/lookups';
import { getSettings } from '@/db/queries/settings';
import { countTickets, findTicketsByExternalId, getTicketPage } from '@/db/queries/ticket-explorer';
import { parseExplorerParams, sortParam } from '@/lib/explorer';
import { COLUMNS_COOKIE, parseColumnsCookie } from '@/lib/explorer-columns';
import {
  NO_DEPARTMENT,
  parseTicketFilters,
  rangeSearchParams,
  ticketFilterSearchParams,
  type TicketFilters,
} from '@/lib/filters';
import { overviewHref, ticketsExportHref, ticketsPageHref } from '@/lib/links';
import { dayOf } from '@/lib/time';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DateRangeFilter } from '@/components/date-range-filter';
import { formatInteger } from '@/components/format';
import { RangeSummary } from '@/components/range-summary';
import { ActiveFilters } from '@/components/tickets/active-filters';
import { ColumnChooser } from '@/components/tickets/column-chooser';
import { HelpdeskIdMatches } from '@/components/tickets/helpdesk-id-matches';
import { TicketFilterForm } from '@/components/tickets/ticket-filter-form';
import { TicketTable } from '@/components/tickets/ticket-table';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';

export const metadata: Metadata = { title: 'Tickets' };

/** A server component renders once per request: "now" is the request's time (open tickets' age). */
const requestTime = () => Date.now();

const pageLink =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50';

export default async function TicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const db = getDb();
  const params = await searchParams;
  const now = requestTime();
  const parsed = parseTicketFilters(params, dayOf(now));
  const { range } = parsed;
  const explorer = parseExplorerParams(params);
  const notices = [parsed.notice, explorer.notice];

  // A slug that names no department is dropped like any malformed filter, and said so.
  const filters: TicketFilters = { ...parsed.filters };
  const departments = listDepartments(db);
  const department =
    filters.department === undefined || filters.department === NO_DEPARTMENT
      ? undefined
      : getDepartmentBySlug(db, filters.department);
  if (filters.department !== undefined && filters.department !== NO_DEPARTMENT && !department) {
    notices.push(
      `Ignored the filter "department": there is no department "${filters.department}".`,
    );
    delete filters.department;
  }
  // Retired causes keep their tickets: the filter still finds them.
  const causes = listCauseOptions(db, { includeRetired: true });
  const customer =
    filters.customer === undefined
      ? null
      : (getEntityOption(db, 'customer', filters.customer) ?? null);
  const product =
    filters.product === undefined
      ? null
      : (getEntityOption(db, 'product', filters.product) ?? null);

  const matching = countTickets(db, range, filters);
  const page = getTicketPage(db, range, filters, explorer.sort, explorer.page, { matching });
  // Search text that is a ticket's helpdesk id also finds that ticket, in any period.
  const idMatches = filters.q === undefined ? [] : findTicketsByExternalId(db, filters.q);
  const columns = parseColumnsCookie((await cookies()).get(COLUMNS_COOKIE)?.value);
  const { currency, displayTimeZone } = getSettings(db);

  const named = (option: EntityOption | null, id: number | undefined, what: string) =>
    option ? option.label : `${what} #${id}`;
  const describe: Partial<Record<keyof TicketFilters, string>> = {
    department:
      filters.department === NO_DEPARTMENT ? 'Not attributed to a department' : department?.name,
    cause: causes.find((c) => c.id === filters.cause)?.name ?? `Cause #${filters.cause}`,
    channel: `Channel: ${filters.channel}`,
    product: named(product, filters.product, 'Product'),
    customer: named(customer, filters.customer, 'Customer'),
    status: filters.status === 'open' ? 'Open' : 'Resolved',
    recurrence: 'Recurrences',
    unclassified: 'Unclassified',
    repeatContacts: 'More than one contact',
    q: `“${filters.q}”`,
  };
  // The range controls keep the filters and sort; the filter form keeps the range and sort.
  const sortKeep: Record<string, string> =
    params.sort === undefined || explorer.notice ? {} : { sort: sortParam(explorer.sort) };

  return (
    <div className="space-y-6">
      {notices.filter(Boolean).map((n) => (
        <Notice key={n}>{n}</Notice>
      ))}
      <header className="space-y-4">
        <Breadcrumbs
          items={[{ label: 'Overview', href: overviewHref(range) }, { label: 'Tickets' }]}
        />
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Tickets</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Every ticket behind the figures, opened in the period. Narrow them down by department,
            cause, channel, customer, product or words in the text, or search for a helpdesk id;
            every filter is in the address, so the list can be bookmarked or sent on.
          </p>
        </div>
        <DateRangeFilter
          range={range}
          path="/tickets"
          keep={{ ...ticketFilterSearchParams(filters), ...sortKeep }}
        />
        <RangeSummary range={range} compared={false} />
      </header>

      <Card className="p-5">
        <TicketFilterForm
          path="/tickets"
          // Keyed by the filters, so that following a link resets the fields to the new ones.
          key={JSON.stringify(filters)}
          filters={filters}
          keep={{ ...rangeSearchParams(range), ...sortKeep }}
          departments={departments}
          causes={causes}
          customer={customer}
          product={product}
          findsHelpdeskIds
        />
      </Card>

      {idMatches.length > 0 && (
        <HelpdeskIdMatches tickets={idMatches} range={range} timeZone={displayTimeZone} />
      )}

      <section aria-labelledby="results-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
            <span data-testid="explorer-count" data-value={matching}>
              {formatInteger(matching)}
            </span>{' '}
            {matching === 1 ? 'ticket' : 'tickets'}
          </h2>
          <div className="flex items-center gap-2">
            <ColumnChooser chosen={columns} />
            <a
              href={ticketsExportHref(range, filters, explorer.sort)}
              download
              className={pageLink}
            >
              Export CSV
            </a>
          </div>
        </div>
        <ActiveFilters range={range} filters={filters} describe={describe} />
        {matching === 0 ? (
          <Card className="px-6 py-12 text-center" data-testid="explorer-empty">
            <h3 className="text-base font-semibold text-slate-900">
              {idMatches.length > 0 ? 'No ticket has these words' : 'No ticket matches'}
            </h3>
            <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
              {idMatches.length > 0
                ? 'The helpdesk id above is the match: no ticket of this period has it in its subject or description.'
                : 'Nothing opened in this period matches every filter. Remove a filter above or widen the period.'}
            </p>
          </Card>
        ) : (
          <Card>
            <TicketTable
              rows={page.rows}
              columns={columns}
              range={range}
              filters={filters}
              sort={explorer.sort}
              currency={currency}
              timeZone={displayTimeZone}
              nowMs={now}
              caption={`Tickets matching the filters, ${explorer.sort.key} ${explorer.sort.direction === 'desc' ? 'descending' : 'ascending'}`}
            />
          </Card>
        )}
        {(page.previous || page.next) && (
          <nav aria-label="Pages" className="flex flex-wrap items-center gap-2">
            {page.previous && (
              <>
                <Link href={ticketsPageHref(range, filters, explorer.sort)} className={pageLink}>
                  First page
                </Link>
                <Link
                  href={ticketsPageHref(range, filters, explorer.sort, {
                    towards: 'before',
                    cursor: page.previous,
                  })}
                  className={pageLink}
                  rel="prev"
                >
                  ← Previous
                </Link>
              </>
            )}
            {page.next && (
              <Link
                href={ticketsPageHref(range, filters, explorer.sort, {
                  towards: 'after',
                  cursor: page.next,
                })}
                className={pageLink}
                rel="next"
              >
                Next →
              </Link>
            )}
            <span className="text-sm text-slate-600">{page.rows.length} per page</span>
          </nav>
        )}
      </section>
    </div>
  );
}
