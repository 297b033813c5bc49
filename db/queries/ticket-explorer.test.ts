import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  GENERATED_DAYS,
  GENERATED_START,
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
} from '../test-support';
import type { Db } from '../open';
import { countTickets, findTicketsByExternalId, getTicketPage } from './ticket-explorer';
import { updateTickets, upsertTickets } from './ticket-writes';
import { SORT_KEYS, type Cursor, type TicketSort } from '@/lib/explorer';
import { makeRange, type TicketFilters } from '@/lib/filters';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { MS_PER_DAY } from '@/lib/time';

const RANGE = makeRange(GENERATED_START + 30, GENERATED_START + GENERATED_DAYS - 30, 'custom');

interface PlainTicket {
  id: number;
  openedAt: number;
  resolvedAt: number | null;
  handleSeconds: number;
  customerId: number;
  productId: number | null;
  rootCauseId: number | null;
  departmentId: number | null;
  channel: string;
  isRecurrence: number;
  contactCount: number;
  subject: string;
  description: string;
}

/** The expected answer, computed in plain TypeScript over every ticket. */
function expected(db: Db, filters: TicketFilters): PlainTicket[] {
  const all = db.$client
    .prepare(
      `SELECT id, opened_at AS openedAt, resolved_at AS resolvedAt, handle_seconds AS handleSeconds,
              customer_id AS customerId, product_id AS productId, root_cause_id AS rootCauseId,
              department_id AS departmentId, channel, is_recurrence AS isRecurrence, subject,
              description, contact_count AS contactCount
       FROM tickets`,
    )
    .all() as PlainTicket[];
  const words = filters.q?.toLowerCase().split(' ') ?? [];
  return all.filter(
    (t) =>
      t.openedAt >= RANGE.fromDay * MS_PER_DAY &&
      t.openedAt < (RANGE.toDay + 1) * MS_PER_DAY &&
      (filters.department !== 'manufacturing' || t.departmentId === 1) &&
      (filters.department !== 'none' || t.departmentId === null) &&
      (filters.cause === undefined || t.rootCauseId === filters.cause) &&
      (!filters.unclassified || t.rootCauseId === null) &&
      (filters.channel === undefined || t.channel === filters.channel) &&
      (filters.customer === undefined || t.customerId === filters.customer) &&
      (filters.product === undefined || t.productId === filters.product) &&
      (filters.status !== 'open' || t.resolvedAt === null) &&
      (filters.status !== 'resolved' || t.resolvedAt !== null) &&
      (!filters.recurrence || t.isRecurrence === 1) &&
      (!filters.repeatContacts || t.contactCount > 1) &&
      words.every((w) => {
        const text = `${t.subject} ${t.description}`.toLowerCase().split(/[^a-z0-9]+/);
        return w.endsWith('*') ? text.some((x) => x.startsWith(w.slice(0, -1))) : text.includes(w);
      }),
  );
}

/** Sort as the explorer promises: by the key (open tickets' resolution time lowest), then id. */
function sortedIds(tickets: PlainTicket[], sort: TicketSort): number[] {
  const keyOf = (t: PlainTicket) =>
    sort.key === 'opened'
      ? t.openedAt
      : sort.key === 'handle'
        ? t.handleSeconds
        : t.resolvedAt === null
          ? null
          : t.resolvedAt - t.openedAt;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...tickets]
    .sort((a, b) => {
      const [ka, kb] = [keyOf(a), keyOf(b)];
      if (ka !== kb) {
        if (ka === null) return -sign;
        if (kb === null) return sign;
        return sign * (ka - kb);
      }
      return sign * (a.id - b.id);
    })
    .map((t) => t.id);
}

/** Every page from the first to the last, then back again from the last to the first. */
function walk(
  db: Db,
  filters: TicketFilters,
  sort: TicketSort,
  options: { pageSize: number; matching?: number },
) {
  const forward: number[][] = [];
  let cursor: Cursor | null = null;
  let last: ReturnType<typeof getTicketPage> | undefined;
  do {
    last = getTicketPage(db, RANGE, filters, sort, { cursor, towards: 'after' }, options);
    forward.push(last.rows.map((r) => r.id));
    cursor = last.next;
  } while (cursor !== null && forward.length < 1000);
  const backward: number[][] = [forward[forward.length - 1]];
  cursor = last.previous;
  while (cursor !== null && backward.length < 1000) {
    const page = getTicketPage(db, RANGE, filters, sort, { cursor, towards: 'before' }, options);
    backward.unshift(page.rows.map((r) => r.id));
    cursor = page.previous;
  }
  return { forward, backward };
}

describe('ticket explorer queries', () => {
  let db: Db;
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    generateTickets(db);
    // A few tickets with text, for the search.
    const texts = [
      ['Flange bent on arrival', 'The mounting flange was bent; customer sent photos.'],
      ['Wrong item picked', 'Received a bent bracket instead of the flange kit.'],
      ['Invoice question', 'Asked about a café delivery surcharge.'],
    ];
    upsertTickets(
      db,
      texts.map(([subject, description], i) => ({
        sourceSystem: 'text',
        externalId: `X${i}`,
        openedAt: (RANGE.fromDay + 10 + i) * MS_PER_DAY,
        channel: 'email',
        customerId: 2,
        subject,
        description,
      })),
      DEFAULT_SETTINGS,
    );
  });

  const filterCases: [string, TicketFilters][] = [
    ['no filter', {}],
    ['a department', { department: 'manufacturing' }],
    ['no department', { department: 'none' }],
    ['a cause, recurrences only', { cause: 2, recurrence: true }],
    ['unclassified, open', { unclassified: true, status: 'open' }],
    ['a customer and a channel', { customer: 3, channel: 'phone' }],
    ['a product, resolved', { product: 2, status: 'resolved' }],
    ['resolved after more than one contact', { status: 'resolved', repeatContacts: true }],
    ['words in the text', { q: 'bent' }],
  ];

  test.each(filterCases)('the count matches a plain filter: %s', (_, filters) => {
    const n = countTickets(db, RANGE, filters);
    expect(n).toBe(expected(db, filters).length);
  });

  const sorts = SORT_KEYS.flatMap((key) =>
    (['asc', 'desc'] as const).map((direction) => ({ key, direction })),
  );
  test.each(sorts)('pages walk every ticket once, in order: $key $direction', (sort) => {
    for (const [, filters] of filterCases) {
      const want = sortedIds(expected(db, filters), sort);
      // Both plans: SQLite's own choice, and walking the sort key's index (a large count).
      for (const matching of [undefined, 1e9]) {
        const { forward, backward } = walk(db, filters, sort, { pageSize: 37, matching });
        expect(forward.flat()).toEqual(want);
        // Every page but the last is full, and walking back finds the same pages.
        expect(forward.slice(0, -1).every((p) => p.length === 37)).toBe(true);
        expect(backward).toEqual(forward);
      }
    }
  });

  test('an empty result is one empty page without neighbours', () => {
    const page = getTicketPage(
      db,
      RANGE,
      { customer: 999 },
      { key: 'opened', direction: 'desc' },
      {
        cursor: null,
        towards: 'after',
      },
    );
    expect(page).toEqual({ rows: [], next: null, previous: null });
  });

  test.each([
    ['flange', ['X0', 'X1']],
    ['bent flange', ['X0', 'X1']],
    ['FLANGE mount', []],
    ['FLANGE mount*', ['X0']],
    ['picked', ['X1']],
    ['cafe', ['X2']],
    // FTS5 syntax is not interpreted: as an operator, OR would have found X1 and X2.
    ['picked OR invoice', []],
    ['"unbalanced (flange', []],
    ['nothing-like-this', []],
  ])('text search %j finds %j', (q, externalIds) => {
    const page = getTicketPage(
      db,
      RANGE,
      { q },
      { key: 'opened', direction: 'asc' },
      {
        cursor: null,
        towards: 'after',
      },
    );
    expect(page.rows.map((r) => r.externalId)).toEqual(externalIds);
    expect(countTickets(db, RANGE, { q })).toBe(externalIds.length);
  });

  test('the search index follows edits of the subject', () => {
    const id = getTicketPage(
      db,
      RANGE,
      { q: 'invoice' },
      { key: 'opened', direction: 'asc' },
      {
        cursor: null,
        towards: 'after',
      },
    ).rows[0].id;
    updateTickets(db, [{ id, fields: { subject: 'Surcharge dispute' } }], DEFAULT_SETTINGS);
    expect(countTickets(db, RANGE, { q: 'invoice' })).toBe(0);
    expect(countTickets(db, RANGE, { q: 'dispute' })).toBe(1);
    // The description did not change, so its words are still found.
    expect(countTickets(db, RANGE, { q: 'café surcharge' })).toBe(1);
  });
});

describe('finding tickets by their helpdesk id', () => {
  let db: Db;
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    const ticket = (sourceSystem: string, externalId: string, openedDay: string) => ({
      sourceSystem,
      externalId,
      openedAt: Date.parse(`${openedDay}T09:00:00Z`),
      channel: 'email' as const,
      customerId: 1,
      subject: `${sourceSystem} ${externalId}`,
    });
    upsertTickets(
      db,
      [
        ticket('zendesk', '48213', '2025-03-02'),
        ticket('freshdesk', '48213', '2025-04-01'),
        ticket('api', '48213', '2019-06-30'),
        ticket('zendesk', '482130', '2025-03-03'),
        ticket('jira', 'ZD-48213', '2025-05-05'),
      ],
      DEFAULT_SETTINGS,
    );
  });

  test.each([
    // Every source system's ticket with the id, in the order of the systems' names, opened at
    // any time (the 2019 ticket lies outside every range the explorer offers).
    ['48213', ['api/48213', 'freshdesk/48213', 'zendesk/48213']],
    ['ZD-48213', ['jira/ZD-48213']],
    // Typed in other letters: as they are, in capitals or in small letters.
    ['zd-48213', ['jira/ZD-48213']],
    ['Zd-48213', ['jira/ZD-48213']],
    // Exactly the id: not a prefix of one, nor part of one.
    ['4821', []],
    ['ZD', []],
    ['nothing-like-this', []],
  ])('%j finds %j', (externalId, keys) => {
    const rows = findTicketsByExternalId(db, externalId);
    expect(rows.map((r) => `${r.sourceSystem}/${r.externalId}`)).toEqual(keys);
    // With the explorer's columns.
    expect(rows.every((r) => r.subject === `${r.sourceSystem} ${r.externalId}`)).toBe(true);
  });

  test('finds nothing in a database without tickets', () => {
    expect(findTicketsByExternalId(openTestDatabase(), '48213')).toEqual([]);
  });

  test('reads the tickets through indexes only, never a scan of the table', () => {
    const prepare = vi.spyOn(db.$client, 'prepare');
    findTicketsByExternalId(db, '48213');
    const statements = prepare.mock.calls.map(([sql]) => sql);
    prepare.mockRestore();
    const plans = statements.flatMap((sql) => {
      // Placeholders bound to null: the plan does not depend on the values.
      const nulls = Array.from(sql.matchAll(/\?/g), () => null);
      const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nulls) as {
        detail: string;
      }[];
      return rows.map((r) => r.detail);
    });
    const ofTickets = plans.filter((d) => /^(SCAN|SEARCH) (t|tickets)\b/.test(d));
    expect(ofTickets.length).toBeGreaterThan(0);
    expect(ofTickets.filter((d) => d.startsWith('SCAN'))).toEqual([]);
    expect(plans).toContain(
      'SEARCH t USING COVERING INDEX tickets_source_external (source_system=? AND external_id=?)',
    );
  });
});
