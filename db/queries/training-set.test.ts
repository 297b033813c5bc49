import { expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import {
  classifiedTickets,
  classifiedTicketsAfter,
  countClassified,
  getTicketTexts,
} from './training-set';
import { upsertTickets } from './ticket-writes';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const T0 = Date.UTC(2026, 0, 5, 9);

function seeded() {
  const db = openTestDatabase();
  insertReferenceRows(db);
  upsertTickets(
    db,
    [
      { subject: 'Wrong valve', productId: 1, rootCauseId: 2, departmentId: 4 },
      { subject: 'Late delivery', productId: null, rootCauseId: null },
      { subject: 'Seal leaks', productId: 3, rootCauseId: 3, departmentId: 1 },
    ].map((t, i) => ({
      ...t,
      sourceSystem: 'test',
      externalId: `T${i + 1}`,
      openedAt: T0 + i * 3_600_000,
      channel: 'phone' as const,
      customerId: 1,
      description: `Ticket ${i + 1}`,
    })),
    DEFAULT_SETTINGS,
  );
  return db;
}

test('the texts of the tickets asked for, with their causes; unknown ids are left out', () => {
  const texts = getTicketTexts(seeded(), [3, 2, 99]);
  expect([...texts.keys()].sort()).toEqual([2, 3]);
  expect(texts.get(3)).toEqual({
    id: 3,
    subject: 'Seal leaks',
    description: 'Ticket 3',
    productId: 3,
    channel: 'phone',
    rootCauseId: 3,
  });
  expect(texts.get(2)).toMatchObject({ subject: 'Late delivery', rootCauseId: null });
  expect(getTicketTexts(seeded(), []).size).toBe(0);
});

test('the training set is the classified tickets in id order, and the count agrees', () => {
  const db = seeded();
  const tickets = [...classifiedTickets(db)];
  expect(tickets.map((t) => [t.id, t.rootCauseId, t.subject])).toEqual([
    [1, 2, 'Wrong valve'],
    [3, 3, 'Seal leaks'],
  ]);
  // Read a slice at a time, the same tickets.
  expect([...classifiedTickets(db, 1)]).toEqual(tickets);
  expect(classifiedTicketsAfter(db, 1, 10).map((t) => t.id)).toEqual([3]);
  expect(countClassified(db)).toBe(2);
});
