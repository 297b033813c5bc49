import Link from 'next/link';
import type { RecurringCustomer } from '@/db/queries/recurring-customers';
import type { RecurringProduct } from '@/db/queries/recurring-products';
import type { DateRange, TicketFilters } from '@/lib/filters';
import { ticketsHref } from '@/lib/links';
import type { Settings } from '@/lib/settings';
import { formatInteger, formatPercent } from '../format';
import { Card } from '../ui/card';
import type { DrillSubject } from './drill-subject';

interface Column<T> {
  header: string;
  cell: (row: T) => string;
  strong?: boolean;
  /** The tickets behind the cell's number. */
  href?: (row: T) => string;
}

const link = 'underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900';

function LeaderTable<T extends { id: number; name: string }>(props: {
  id: string;
  title: string;
  what: string;
  rows: T[];
  columns: Column<T>[];
}) {
  return (
    <div data-testid={props.id}>
      <h3 className="text-sm font-semibold text-slate-800">{props.title}</h3>
      {props.rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No recurrences in this range.</p>
      ) : (
        <table className="mt-2 w-full text-sm tabular-nums">
          <caption className="sr-only">{props.title}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {props.what}
              </th>
              {props.columns.map((c) => (
                <th key={c.header} scope="col" className="py-1.5 pl-3 text-right font-medium">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-900">
                  {r.name}
                </th>
                {props.columns.map((c) => (
                  <td
                    key={c.header}
                    className={`py-1.5 pl-3 text-right ${c.strong ? 'font-medium' : ''}`}
                  >
                    {c.href ? (
                      <Link href={c.href(r)} className={link}>
                        {c.cell(r)}
                      </Link>
                    ) : (
                      c.cell(r)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Two plain tables: a ranked list with names reads better as text than as bars. */
export function RecurrenceLeadersSection(props: {
  topCustomers: RecurringCustomer[];
  topProducts: RecurringProduct[];
  settings: Settings;
  range: DateRange;
  subject: DrillSubject;
}) {
  const { recurrenceWindowDays, recurrenceKey } = props.settings;
  const { subject } = props;
  const tickets = (filters: TicketFilters) =>
    ticketsHref(props.range, { ...subject.filters, ...filters });
  return (
    <section data-testid="recurrence-leaders" aria-labelledby="recurrence-leaders-title">
      <Card className="p-5">
        <h2 id="recurrence-leaders-title" className="text-lg font-semibold text-slate-900">
          Who keeps coming back
        </h2>
        <p className="mt-1 max-w-4xl text-sm leading-6 text-slate-600">
          The customers and products with the most recurrences among {subject.name}’s tickets in the
          range: a recurrence is a ticket whose{' '}
          {recurrenceKey === 'customer' ? 'customer' : 'customer and product'} had the same root
          cause resolved at most {recurrenceWindowDays} days before. A customer at the top of this
          list is one the last fix did not reach; a product at the top points at the fix to make.
        </p>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <LeaderTable
            id="top-customers"
            title="Top 10 customers by recurrences"
            what="Customer"
            rows={props.topCustomers}
            columns={[
              {
                header: 'Recurrences',
                cell: (r) => formatInteger(r.recurrences),
                strong: true,
                href: (r) => tickets({ customer: r.id, recurrence: true }),
              },
              {
                header: 'Tickets',
                cell: (r) => formatInteger(r.tickets),
                href: (r) => tickets({ customer: r.id }),
              },
              { header: 'Repeat share', cell: (r) => formatPercent(r.recurrences / r.tickets) },
            ]}
          />
          <LeaderTable
            id="top-products"
            title="Top 10 products by recurrences"
            what="Product"
            rows={props.topProducts}
            columns={[
              {
                header: 'Recurrences',
                cell: (r) => formatInteger(r.recurrences),
                strong: true,
                href: (r) => tickets({ product: r.id, recurrence: true }),
              },
              { header: 'Customers affected', cell: (r) => formatInteger(r.customers) },
            ]}
          />
        </div>
        <p className="mt-3 text-xs text-slate-500">
          Repeat share: the customer’s recurrences over all of its tickets from this department in
          the range. Customers affected: how many different customers the product’s recurrences came
          from.
        </p>
      </Card>
    </section>
  );
}
