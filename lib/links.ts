/** Addresses of pages that carry the date range along, so a drill-down keeps the period. */
import { cursorParam, DEFAULT_SORT, sortParam, type Cursor, type TicketSort } from './explorer';
import {
  makeRange,
  rangeSearchParams,
  ticketFilterSearchParams,
  type DateRange,
  type DayRange,
  type TicketFilters,
} from './filters';

const query = (range: DateRange, extra: Record<string, string> = {}) =>
  new URLSearchParams({ ...rangeSearchParams(range), ...extra }).toString();

export const overviewHref = (range: DateRange) => `/?${query(range)}`;

export const departmentsHref = (range: DateRange) => `/departments?${query(range)}`;

export const departmentHref = (slug: string, range: DateRange) =>
  `/departments/${encodeURIComponent(slug)}?${query(range)}`;

export const causeHref = (causeId: number, range: DateRange) =>
  `/causes/${causeId}?${query(range)}`;

/** The explorer showing exactly the tickets of the range that match the filters. */
export const ticketsHref = (range: DateRange, filters: TicketFilters = {}) =>
  `/tickets?${query(range, ticketFilterSearchParams(filters))}`;

/** The explorer in a sort order, at the page after or before a cursor (the first page without). */
export function ticketsPageHref(
  range: DateRange,
  filters: TicketFilters,
  sort: TicketSort,
  page?: { towards: 'after' | 'before'; cursor: Cursor },
): string {
  const extra: Record<string, string> = { ...ticketFilterSearchParams(filters) };
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    extra.sort = sortParam(sort);
  }
  if (page) extra[page.towards] = cursorParam(page.cursor);
  return `/tickets?${query(range, extra)}`;
}

/** The CSV export of the same tickets the explorer shows for these filters. */
export const ticketsExportHref = (range: DateRange, filters: TicketFilters, sort: TicketSort) =>
  `/api/tickets/export?${query(range, { ...ticketFilterSearchParams(filters), sort: sortParam(sort) })}`;

export const ticketHref = (ticketId: number, range: DateRange) =>
  `/tickets/${ticketId}?${query(range)}`;

/**
 * The days of one ISO week that lie inside the range, as a custom range: a bar of a weekly chart
 * counts only those days at the range's edges, so its link must select only those days too.
 */
export function weekWithinRange(weekStartDay: number, range: DayRange): DateRange {
  return makeRange(
    Math.max(weekStartDay, range.fromDay),
    Math.min(weekStartDay + 6, range.toDay),
    'custom',
  );
}
