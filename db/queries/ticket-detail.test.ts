import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { searchEntityOptions, getEntityOption } from './lookups';
import { getRecurrenceChain, getTicketContacts, getTicketDetail } from './ticket-detail';
import { getExportTickets } from './ticket-export';
import { upsertTickets, type TicketUpsert } from './ticket-writes';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** Customer 1 has cause 2 three times (the second within 30 days of the first's resolution). */
const TICKETS: TicketUpsert[] = [
  {
    externalId: 'A',
    openedAt: T0,
    resolvedAt: T0 + 2 * DAY,
    customerId: 1,
    productId: 1,
    rootCauseId: 2,
  },
  {
    externalId: 'B',
    openedAt: T0 + 10 * DAY,
    resolvedAt: T0 + 11 * DAY,
    customerId: 1,
    productId: 2,
    rootCauseId: 2,
  },
  {
    externalId: 'C',
    openedAt: T0 + 90 * DAY,
    resolvedAt: null,
    customerId: 1,
    productId: 1,
    rootCauseId: 2,
  },
  {
    externalId: 'D',
    openedAt: T0 + 12 * DAY,
    resolvedAt: null,
    customerId: 2,
    productId: 1,
    rootCauseId: 2,
  },
  {
    externalId: 'E',
    openedAt: T0 + 13 * DAY,
    resolvedAt: null,
    customerId: 1,
    productId: 1,
    rootCauseId: null,
  },
].map((t, i) => ({
  sourceSystem: 'test',
  channel: 'phone' as const,
  departmentId: t.rootCauseId === null ? null : 4,
  subject: `Ticket ${t.externalId}`,
  contacts:
    i === 0
      ? [
          { startedAt: T0 + 3_600_000, channel: 'email' as const, agent: 'Bo', handleSeconds: 90 },
          { startedAt: T0, channel: 'phone' as const, agent: 'Al', handleSeconds: 300 },
        ]
      : [],
  ...t,
}));

describe('a ticket, its contacts, its chain and its export', () => {
  let db: Db;
  const idOf = (externalId: string) =>
    (
      db.$client.prepare('SELECT id FROM tickets WHERE external_id = ?').get(externalId) as {
        id: number;
      }
    ).id;
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    upsertTickets(db, TICKETS, DEFAULT_SETTINGS);
  });

  test('the detail names its customer, product, cause and department', () => {
    expect(getTicketDetail(db, idOf('B'))).toMatchObject({
      externalId: 'B',
      customerName: 'Acme',
      productSku: 'VX-2',
      causeName: 'Wrong item picked',
      departmentSlug: 'warehouse',
      isRecurrence: true,
    });
    expect(getTicketDetail(db, 999)).toBeUndefined();
  });

  test('contacts come in time order', () => {
    expect(getTicketContacts(db, idOf('A')).map((c) => c.agent)).toEqual(['Al', 'Bo']);
    expect(getTicketContacts(db, idOf('B'))).toEqual([]);
  });

  test.each([
    ['customer', ['A', 'B', 'C']],
    ['customer_product', ['A', 'C']],
  ] as const)('the chain by %s holds the same customer and cause in time order', (key, ids) => {
    const ticket = getTicketDetail(db, idOf('A'))!;
    const chain = getRecurrenceChain(db, ticket, key);
    expect(chain.map((t) => t.externalId)).toEqual(ids);
    expect(chain.map((t) => t.isRecurrence)).toEqual(
      key === 'customer' ? [false, true, false] : [false, false],
    );
  });

  test('an unclassified ticket has no chain', () => {
    expect(getRecurrenceChain(db, getTicketDetail(db, idOf('E'))!, 'customer')).toEqual([]);
  });

  test('the export keeps the order asked for, with contacts in time order', () => {
    const rows = getExportTickets(db, [idOf('C'), idOf('A')]);
    expect(rows.map((r) => r.externalId)).toEqual(['C', 'A']);
    expect(rows[1]).toMatchObject({
      customerName: 'Acme',
      productSku: 'VX-1',
      departmentSlug: 'warehouse',
      causeName: 'Wrong item picked',
      isRecurrence: false,
    });
    expect(rows[1].contacts.map((c) => c.handleSeconds)).toEqual([300, 90]);
    expect(rows[0].contacts).toEqual([]);
    expect(getExportTickets(db, [])).toEqual([]);
  });
});

describe('customer and product lookups', () => {
  let db: Db;
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    db.$client.exec(`INSERT INTO customers (id, name, external_ref) VALUES
      (6, 'Pacme 100% Ltd', 'C-6'), (7, 'Acme_North', 'C-7')`);
  });
  test('names that start with the text come first', () => {
    expect(searchEntityOptions(db, 'customer', 'acme').map((o) => o.label)).toEqual([
      'Acme',
      'Acme_North',
      'Pacme 100% Ltd',
    ]);
  });
  test('wildcards are matched literally', () => {
    expect(searchEntityOptions(db, 'customer', '100%').map((o) => o.label)).toEqual([
      'Pacme 100% Ltd',
    ]);
    expect(searchEntityOptions(db, 'customer', 'acme_').map((o) => o.label)).toEqual([
      'Acme_North',
    ]);
  });
  test('by reference, and by id', () => {
    expect(searchEntityOptions(db, 'product', 'vx-3')).toEqual([
      { id: 3, label: 'Seal kit', ref: 'VX-3' },
    ]);
    expect(getEntityOption(db, 'customer', 7)).toEqual({ id: 7, label: 'Acme_North', ref: 'C-7' });
    expect(getEntityOption(db, 'product', 99)).toBeUndefined();
  });
});
