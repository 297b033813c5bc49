import { describe, expect, test } from 'vitest';
import { findRecurrences, type RecurrenceTicket } from './recurrence';

const DAY = 86_400_000;
const t = (
  id: number,
  openedDay: number,
  resolvedDay: number | null,
  extra: Partial<RecurrenceTicket> = {},
): RecurrenceTicket => ({
  id,
  customerId: 1,
  productId: 10,
  rootCauseId: 100,
  openedAt: openedDay * DAY,
  resolvedAt: resolvedDay === null ? null : resolvedDay * DAY,
  ...extra,
});
const settings = { windowDays: 30, key: 'customer' as const };

describe('recurrence detection', () => {
  test('a ticket opened within the window after an earlier one was resolved recurs', () => {
    const ids = findRecurrences([t(1, 0, 5), t(2, 20, 22)], settings);
    expect([...ids]).toEqual([2]);
  });

  test('exactly at the window edge counts; one millisecond later does not', () => {
    expect(findRecurrences([t(1, 0, 5), t(2, 35, null)], settings).has(2)).toBe(true);
    const late = { ...t(2, 35, null), openedAt: 35 * DAY + 1 };
    expect(findRecurrences([t(1, 0, 5), late], settings).has(2)).toBe(false);
  });

  test('an earlier ticket still open, or resolved after this one opened, does not count', () => {
    expect(findRecurrences([t(1, 0, null), t(2, 3, null)], settings).size).toBe(0);
    expect(findRecurrences([t(1, 0, 10), t(2, 3, null)], settings).size).toBe(0);
  });

  test('of two tickets opened and resolved at the same moment, only the later id recurs', () => {
    expect([...findRecurrences([t(7, 3, 3), t(4, 3, 3)], settings)]).toEqual([7]);
    // Resolved the moment the next one opens: the next one recurs, as before.
    expect([...findRecurrences([t(4, 2, 3), t(2, 3, 9)], settings)]).toEqual([2]);
  });

  test('input order does not matter (imports arrive out of time order)', () => {
    const ids = findRecurrences([t(3, 40, 41), t(2, 20, 25), t(1, 0, 5)], settings);
    expect([...ids].sort()).toEqual([2, 3]);
  });

  test('other customers, other causes and unclassified tickets are separate', () => {
    const tickets = [
      t(1, 0, 5),
      t(2, 10, null, { customerId: 2 }),
      t(3, 10, null, { rootCauseId: 200 }),
      t(4, 10, null, { rootCauseId: null }),
    ];
    expect(findRecurrences(tickets, settings).size).toBe(0);
  });

  test('the customer + product key also requires the same product', () => {
    const tickets = [t(1, 0, 5), t(2, 10, null, { productId: 11 }), t(3, 12, null)];
    expect([...findRecurrences(tickets, { windowDays: 30, key: 'customer_product' })]).toEqual([3]);
    expect([...findRecurrences(tickets, settings)].sort()).toEqual([2, 3]);
  });

  test('the window is a setting', () => {
    expect(
      findRecurrences([t(1, 0, 5), t(2, 20, null)], { ...settings, windowDays: 14 }).size,
    ).toBe(0);
  });
});
