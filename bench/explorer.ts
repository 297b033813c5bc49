/**
 * Timings of the ticket explorer's queries: the count and one page, and with a search text the
 * lookup of a helpdesk id, as the page runs them.
 */
import { measure, printTimings, type Timing } from './measure';
import type { Db } from '@/db/open';
import { countTickets, findTicketsByExternalId, getTicketPage } from '@/db/queries/ticket-explorer';
import type { Cursor, TicketSort } from '@/lib/explorer';
import type { DateRange, TicketFilters } from '@/lib/filters';

const DEEP_ROWS = 20_000;

interface Case {
  name: string;
  filters: TicketFilters;
  sort: TicketSort;
  deep?: boolean;
}

const NEWEST: TicketSort = { key: 'opened', direction: 'desc' };
const SLOWEST: TicketSort = { key: 'resolution', direction: 'desc' };

/** The cursor of the row DEEP_ROWS into the list: what following "Next" 400 times would reach. */
function deepCursor(db: Db, range: DateRange, c: Case): Cursor | null {
  let cursor: Cursor | null = null;
  for (let seen = 0; seen < DEEP_ROWS; seen += 1000) {
    const page = getTicketPage(
      db,
      range,
      c.filters,
      c.sort,
      { cursor, towards: 'after' },
      { pageSize: 1000 },
    );
    if (page.next === null) break;
    cursor = page.next;
  }
  return cursor;
}

export async function explorerTimings(
  db: Db,
  label: string,
  range: DateRange,
  runs: number,
  common: { word: string; customerId: number; helpdeskId: string },
) {
  const cases: Case[] = [
    { name: 'first page, newest first', filters: {}, sort: NEWEST },
    {
      name: `deep page (row ${DEEP_ROWS.toLocaleString('en-US')})`,
      filters: {},
      sort: NEWEST,
      deep: true,
    },
    { name: 'sorted by resolution time, first page', filters: {}, sort: SLOWEST },
    { name: 'sorted by resolution time, deep page', filters: {}, sort: SLOWEST, deep: true },
    {
      name: 'department, sorted by resolution time',
      filters: { department: 'warehouse' },
      sort: SLOWEST,
    },
    { name: 'open tickets', filters: { status: 'open' }, sort: NEWEST },
    {
      name: 'recurrences of one channel',
      filters: { recurrence: true, channel: 'phone' },
      sort: NEWEST,
    },
    { name: 'one customer', filters: { customer: common.customerId }, sort: NEWEST },
    { name: `text search "${common.word}"`, filters: { q: common.word }, sort: NEWEST },
    {
      name: `text search "${common.word}*" (prefix)`,
      filters: { q: `${common.word}*` },
      sort: NEWEST,
    },
    { name: 'text search, two words', filters: { q: `${common.word} customer` }, sort: NEWEST },
    {
      name: `a helpdesk id, ${common.helpdeskId}`,
      filters: { q: common.helpdeskId },
      sort: NEWEST,
    },
  ];
  const timings: Timing[] = [];
  for (const c of cases) {
    const cursor = c.deep ? deepCursor(db, range, c) : null;
    timings.push(
      await measure(c.name, runs, () => {
        const matching = countTickets(db, range, c.filters);
        getTicketPage(db, range, c.filters, c.sort, { cursor, towards: 'after' }, { matching });
        if (c.filters.q !== undefined) findTicketsByExternalId(db, c.filters.q);
      }),
    );
  }
  printTimings(
    `Ticket explorer, count + one page of 50, ${label} (${range.from} to ${range.to})`,
    timings,
  );
}
