import Link from 'next/link';
import type { TicketListRow } from '@/db/queries/ticket-explorer';
import type { SortKey, TicketSort } from '@/lib/explorer';
import { EXPLORER_COLUMNS, type ExplorerColumn } from '@/lib/explorer-columns';
import type { DateRange, TicketFilters } from '@/lib/filters';
import { ticketHref, ticketsHref, ticketsPageHref } from '@/lib/links';
import { MS_PER_HOUR } from '@/lib/time';
import {
  formatDateTime,
  formatDuration,
  formatInteger,
  formatMinutesSeconds,
  formatMoney,
} from '../format';
import { TableScroll } from '../ui/table-scroll';

const SORTABLE: Partial<Record<ExplorerColumn, SortKey>> = {
  opened: 'opened',
  resolution: 'resolution',
  handle: 'handle',
};
const NUMERIC = new Set<ExplorerColumn>(['resolution', 'contacts', 'handle', 'cost']);

const filterLink = 'underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900';

interface Props {
  rows: TicketListRow[];
  columns: ExplorerColumn[];
  range: DateRange;
  filters: TicketFilters;
  sort: TicketSort;
  currency: string;
  /** The display time zone setting. */
  timeZone: string;
  /** When the page was rendered, for the age of open tickets. */
  nowMs: number;
  caption: string;
}

/**
 * A page of tickets. Sortable headers are links (the sort is in the URL, the query sorts), and
 * the customer, department and cause of a row link to the explorer narrowed to them.
 */
export function TicketTable(props: Props) {
  const { range, filters, sort } = props;
  const narrowed = (extra: TicketFilters) => ticketsHref(range, { ...filters, ...extra });

  function header(column: ExplorerColumn) {
    const key = SORTABLE[column];
    const label = EXPLORER_COLUMNS[column];
    const align = NUMERIC.has(column) ? 'text-right' : 'text-left';
    if (!key) {
      return (
        <th key={column} scope="col" className={`px-3 py-2 font-medium ${align}`}>
          {label}
        </th>
      );
    }
    const current = sort.key === key;
    // A new column sorts largest or newest first; the current one flips.
    const next: TicketSort = {
      key,
      direction: current && sort.direction === 'desc' ? 'asc' : 'desc',
    };
    const href = ticketsPageHref(range, filters, next);
    return (
      <th
        key={column}
        scope="col"
        className={`px-3 py-2 font-medium ${align}`}
        aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <Link href={href} className="inline-flex items-center gap-1 hover:text-slate-900">
          {label}
          <span aria-hidden="true" className={current ? 'text-slate-900' : 'text-slate-300'}>
            {current && sort.direction === 'asc' ? '▲' : '▼'}
          </span>
          <span className="sr-only">
            , sort {next.direction === 'desc' ? 'descending' : 'ascending'}
          </span>
        </Link>
      </th>
    );
  }

  function cell(row: TicketListRow, column: ExplorerColumn) {
    switch (column) {
      case 'opened':
        return formatDateTime(row.openedAt, props.timeZone);
      case 'customer':
        return (
          <Link href={narrowed({ customer: row.customerId })} className={filterLink}>
            {row.customerName}
          </Link>
        );
      case 'product':
        return row.productId === null ? (
          '—'
        ) : (
          <Link
            href={narrowed({ product: row.productId })}
            className={filterLink}
            title={row.productName ?? ''}
          >
            {row.productSku}
          </Link>
        );
      case 'department':
        return row.departmentSlug === null ? (
          <span className="text-slate-500">not attributed</span>
        ) : (
          <Link href={narrowed({ department: row.departmentSlug })} className={filterLink}>
            {row.departmentName}
          </Link>
        );
      case 'cause':
        return row.rootCauseId === null ? (
          <span className="text-slate-500">unclassified</span>
        ) : (
          <Link href={narrowed({ cause: row.rootCauseId })} className={filterLink}>
            {row.causeName}
          </Link>
        );
      case 'channel':
        return row.channel;
      case 'severity':
        return row.severity;
      case 'resolution':
        return row.resolvedAt === null ? (
          <span className="text-amber-800">
            open {formatDuration((props.nowMs - row.openedAt) / MS_PER_HOUR)}
          </span>
        ) : (
          formatDuration((row.resolvedAt - row.openedAt) / MS_PER_HOUR)
        );
      case 'contacts':
        return formatInteger(row.contactCount);
      case 'handle':
        return row.contactCount === 0 ? '—' : formatMinutesSeconds(row.handleSeconds);
      case 'recurrence':
        return row.isRecurrence ? (
          <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">
            repeat
          </span>
        ) : null;
      case 'cost':
        return formatMoney(row.fixCostCents, props.currency);
    }
  }

  return (
    <TableScroll label={props.caption}>
      <table className="w-full min-w-[720px] text-sm" data-testid="ticket-table">
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Ticket
            </th>
            {props.columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top hover:bg-slate-50">
              <th scope="row" className="max-w-64 px-3 py-2 text-left font-normal">
                <Link
                  href={ticketHref(row.id, range)}
                  className="font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900"
                >
                  {row.externalId}
                </Link>
                <span className="block truncate text-slate-600" title={row.subject}>
                  {row.subject || '(no subject)'}
                </span>
              </th>
              {props.columns.map((column) => (
                <td
                  key={column}
                  // Names may wrap; numbers and dates stay on one line.
                  className={`px-3 py-2 tabular-nums ${NUMERIC.has(column) ? 'text-right whitespace-nowrap' : column === 'opened' ? 'whitespace-nowrap' : ''}`}
                >
                  {cell(row, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
