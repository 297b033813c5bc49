/**
 * The ticket explorer's queries: which tickets match the URL's filters, how many there are, and
 * one page of them in a sort order, found by keyset (the sort key and id next to the page), so a
 * deep page costs what the first one does. The CSV export walks the same pages. Beside them, the
 * tickets whose helpdesk id the search text is.
 */
import type { Db } from '../open';
import { ANY_OF } from './sql-lists';
import {
  EXPLORER_PAGE_SIZE,
  type Cursor,
  type PageRequest,
  type SortDirection,
  type SortKey,
  type TicketSort,
} from '@/lib/explorer';
import { NO_DEPARTMENT, type DayRange, type TicketFilters } from '@/lib/filters';
import type { Channel, Severity } from '@/lib/domain';
import { toFtsQuery } from '@/lib/search';
import { MS_PER_DAY } from '@/lib/time';

type SqlValue = string | number;

export interface TicketListRow {
  id: number;
  sourceSystem: string;
  externalId: string;
  openedAt: number;
  resolvedAt: number | null;
  channel: Channel;
  severity: Severity;
  subject: string;
  customerId: number;
  customerName: string;
  productId: number | null;
  productSku: string | null;
  productName: string | null;
  rootCauseId: number | null;
  causeName: string | null;
  departmentSlug: string | null;
  departmentName: string | null;
  contactCount: number;
  handleSeconds: number;
  isRecurrence: boolean;
  fixCostCents: number;
}

export interface TicketPage {
  rows: TicketListRow[];
  /** Cursor of the page after this one, null on the last page. */
  next: Cursor | null;
  /** Cursor of the page before this one, null on the first page. */
  previous: Cursor | null;
}

interface Where {
  sql: string;
  params: SqlValue[];
}

/**
 * The tickets opened in the range that match every filter. The opening time range is always
 * there; each filter narrows through its own index (department, cause and product with opening
 * time; customer through the recurrence key; text through the FTS5 table of migration 0003).
 */
export function ticketConditions(range: DayRange, filters: TicketFilters): Where {
  const sql = ['t.opened_at >= ?', 't.opened_at < ?'];
  const params: SqlValue[] = [range.fromDay * MS_PER_DAY, (range.toDay + 1) * MS_PER_DAY];
  const add = (condition: string, ...values: SqlValue[]) => {
    sql.push(condition);
    params.push(...values);
  };
  if (filters.department === NO_DEPARTMENT) add('t.department_id IS NULL');
  else if (filters.department !== undefined) {
    add('t.department_id = (SELECT id FROM departments WHERE slug = ?)', filters.department);
  }
  if (filters.cause !== undefined) add('t.root_cause_id = ?', filters.cause);
  if (filters.unclassified) add('t.root_cause_id IS NULL');
  if (filters.channel !== undefined) add('t.channel = ?', filters.channel);
  if (filters.product !== undefined) add('t.product_id = ?', filters.product);
  if (filters.customer !== undefined) add('t.customer_id = ?', filters.customer);
  if (filters.status === 'open') add('t.resolved_at IS NULL');
  if (filters.status === 'resolved') add('t.resolved_at IS NOT NULL');
  if (filters.recurrence) add('t.is_recurrence = 1');
  if (filters.repeatContacts) add('t.contact_count > 1');
  const match = filters.q === undefined ? null : toFtsQuery(filters.q);
  if (match !== null) {
    add('t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)', match);
  }
  return { sql: sql.join(' AND '), params };
}

/** A text search reads its matches through tickets_text_search (see the schema). */
const searches = (filters: TicketFilters) =>
  filters.q !== undefined && toFtsQuery(filters.q) !== null;

export function countTickets(db: Db, range: DayRange, filters: TicketFilters): number {
  const where = ticketConditions(range, filters);
  const from = `tickets t${searches(filters) ? ' INDEXED BY tickets_text_search' : ''}`;
  const row = db.$client
    .prepare(`SELECT COUNT(*) AS n FROM ${from} WHERE ${where.sql}`)
    .get(...where.params) as { n: number };
  return row.n;
}

/**
 * Sort expressions and the index that holds each in order. `resolution` must read exactly like
 * the expression of tickets_resolution_time for SQLite to match the two.
 */
const SORT_EXPRESSIONS: Record<SortKey, { sql: string; nullable: boolean; index: string }> = {
  opened: { sql: 't.opened_at', nullable: false, index: 'tickets_opened' },
  resolution: {
    sql: '(t.resolved_at - t.opened_at)',
    nullable: true,
    index: 'tickets_resolution_time',
  },
  handle: { sql: 't.handle_seconds', nullable: false, index: 'tickets_handle_seconds' },
};

/**
 * Whether to walk the sort key's index and test each row against the filters, rather than let
 * SQLite collect the matching rows through a filter's index and sort them. Walking reads about
 * page × all / matching rows, sorting about `matching`: walk when matching² > page × all. SQLite
 * cannot know `matching` (no statistics on ranges) and sorts half a million rows when the range
 * is a year; the explorer counts first anyway, so it can tell.
 */
function walkSortIndex(db: Db, matching: number, pageSize: number): boolean {
  const { total } = db.$client.prepare('SELECT MAX(id) AS total FROM tickets').get() as {
    total: number | null;
  };
  return matching * matching > pageSize * (total ?? 0);
}

const COLUMNS = `
  t.id, t.source_system AS sourceSystem, t.external_id AS externalId, t.opened_at AS openedAt,
  t.resolved_at AS resolvedAt, t.channel, t.severity, t.subject,
  t.customer_id AS customerId, cu.name AS customerName,
  t.product_id AS productId, p.sku AS productSku, p.name AS productName,
  t.root_cause_id AS rootCauseId, rc.name AS causeName,
  d.slug AS departmentSlug, d.name AS departmentName,
  t.contact_count AS contactCount, t.handle_seconds AS handleSeconds,
  t.is_recurrence AS isRecurrence, t.fix_cost_cents AS fixCostCents`;

const JOINS = `
  JOIN customers cu ON cu.id = t.customer_id
  LEFT JOIN products p ON p.id = t.product_id
  LEFT JOIN root_causes rc ON rc.id = t.root_cause_id
  LEFT JOIN departments d ON d.id = t.department_id`;

const flip = (d: SortDirection): SortDirection => (d === 'asc' ? 'desc' : 'asc');

/**
 * A nullable key splits the order into two segments that each walk an index: SQLite sorts NULL
 * first, so ascending order is [open tickets, resolved], descending [resolved, open tickets].
 * A single "(k, id) > (?, ?) OR k IS NULL" condition would make SQLite give up the index.
 */
type Segment = 'null' | 'value';

function segmentsOf(nullable: boolean, direction: SortDirection): Segment[] {
  if (!nullable) return ['value'];
  return direction === 'asc' ? ['null', 'value'] : ['value', 'null'];
}

/** A ticket of a page: its id and its sort key, from which the cursors are made. */
export interface TicketPageKey {
  id: number;
  sortKey: number | null;
}

export interface TicketPageKeys {
  keys: TicketPageKey[];
  next: Cursor | null;
  previous: Cursor | null;
}

/**
 * One page of matching tickets in the sort order, as ids and sort keys: the keyset walk that
 * both the explorer's pages and the CSV export's chunks take. `page.towards` 'after' gives the
 * tickets after the cursor (or the first page without one), 'before' the tickets before it (the
 * previous page). `matching`, the count of matching tickets when the caller has it, picks the
 * faster plan.
 */
export function getTicketPageKeys(
  db: Db,
  range: DayRange,
  filters: TicketFilters,
  sort: TicketSort,
  page: PageRequest,
  options: { pageSize?: number; matching?: number } = {},
): TicketPageKeys {
  const pageSize = options.pageSize ?? EXPLORER_PAGE_SIZE;
  const where = ticketConditions(range, filters);
  const { sql: key, nullable, index } = SORT_EXPRESSIONS[sort.key];
  // A department's or cause's own index holds the sort keys: SQLite sorts its rows without
  // reading the table, while walking the sort index would skip every other department's tickets.
  const walk =
    !searches(filters) &&
    sort.key !== 'opened' &&
    filters.department === undefined &&
    filters.cause === undefined &&
    options.matching !== undefined &&
    walkSortIndex(db, options.matching, pageSize);
  const from = `tickets t${
    searches(filters) ? ' INDEXED BY tickets_text_search' : walk ? ` INDEXED BY ${index}` : ''
  }`;
  // Walking backwards is walking forwards in the reversed order, then reading the keys reversed.
  const direction = page.towards === 'after' ? sort.direction : flip(sort.direction);
  const comparison = direction === 'asc' ? '>' : '<';
  const { cursor } = page;
  const segments = segmentsOf(nullable, direction);
  const startSegment: Segment = cursor === null || cursor.value !== null ? 'value' : 'null';
  const start = cursor === null ? 0 : segments.indexOf(startSegment);

  const keys: TicketPageKey[] = [];
  for (let i = start; i < segments.length && keys.length <= pageSize; i++) {
    const segment = segments[i];
    const conditions = [where.sql];
    const params: SqlValue[] = [...where.params];
    if (nullable) conditions.push(segment === 'null' ? `${key} IS NULL` : `${key} IS NOT NULL`);
    if (cursor !== null && i === start) {
      if (segment === 'null') {
        conditions.push(`t.id ${comparison} ?`);
        params.push(cursor.id);
      } else {
        // "(k, id) > (v, i)" written so that SQLite sees a range on k that an index can seek to;
        // it does not for a row value over an expression index.
        const [bound, past] = comparison === '>' ? ['>=', '<='] : ['<=', '>='];
        conditions.push(`${key} ${bound} ? AND NOT (${key} = ? AND t.id ${past} ?)`);
        params.push(cursor.value!, cursor.value!, cursor.id);
      }
    }
    const order =
      segment === 'null' ? `t.id ${direction}` : `${key} ${direction}, t.id ${direction}`;
    const found = db.$client
      .prepare(
        `SELECT t.id, ${key} AS sortKey FROM ${from}
         WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ?`,
      )
      .all(...params, pageSize + 1 - keys.length) as TicketPageKey[];
    keys.push(...found);
  }

  const more = keys.length > pageSize;
  keys.length = Math.min(keys.length, pageSize);
  if (page.towards === 'before') keys.reverse();
  const cursorOf = ({ id, sortKey }: TicketPageKey): Cursor => ({ value: sortKey, id });
  const hasNext = page.towards === 'after' ? more : cursor !== null;
  const hasPrevious = page.towards === 'after' ? cursor !== null : more;
  return {
    keys,
    next: hasNext && keys.length > 0 ? cursorOf(keys[keys.length - 1]) : null,
    previous: hasPrevious && keys.length > 0 ? cursorOf(keys[0]) : null,
  };
}

/** The explorer's columns of the tickets with these ids, in the order of the ids. */
function ticketListRows(db: Db, ids: number[]): TicketListRow[] {
  if (ids.length === 0) return [];
  const found = db.$client
    .prepare(`SELECT ${COLUMNS} FROM tickets t ${JOINS} WHERE t.id IN ${ANY_OF}`)
    .all(JSON.stringify(ids)) as (Omit<TicketListRow, 'isRecurrence'> & {
    isRecurrence: number;
  })[];
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    return { ...row, isRecurrence: row.isRecurrence === 1 };
  });
}

/** One page of matching tickets in the sort order, with the columns the explorer lists. */
export function getTicketPage(...args: Parameters<typeof getTicketPageKeys>): TicketPage {
  const db = args[0];
  const { keys, next, previous } = getTicketPageKeys(...args);
  // The page's ids first, then their columns: joined in the keyset query, every matching row
  // would be joined and carried through the sort.
  const ids = keys.map((k) => k.id);
  return { rows: ticketListRows(db, ids), next, previous };
}

/**
 * The tickets whose helpdesk id is exactly `externalId`, in any source system, opened at any
 * time: one per source system at most (tickets are unique on the two). The unique index leads
 * with the source system, so a lookup by the id alone would read every ticket; instead the
 * source systems are stepped through on that index (each the smallest one after the last, a
 * seek apiece; there are a handful) and each is looked up with the id in the same index. The id
 * is also tried in capitals and in small letters, so "zd-48213" finds "ZD-48213".
 */
export function findTicketsByExternalId(db: Db, externalId: string): TicketListRow[] {
  const ids = db.$client
    .prepare(
      `WITH RECURSIVE sources(name) AS (
         SELECT MIN(source_system) FROM tickets
         UNION ALL
         SELECT (SELECT MIN(source_system) FROM tickets WHERE source_system > name)
         FROM sources WHERE name IS NOT NULL
       )
       SELECT t.id FROM sources JOIN tickets t
         ON t.source_system = sources.name AND t.external_id IN (?, ?, ?)
       ORDER BY t.source_system, t.external_id`,
    )
    .pluck()
    .all(externalId, externalId.toUpperCase(), externalId.toLowerCase()) as number[];
  return ticketListRows(db, ids);
}
