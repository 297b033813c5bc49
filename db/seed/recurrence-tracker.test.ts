import { describe, expect, test } from 'vitest';
import { findRecurrences, type RecurrenceKeyKind, type RecurrenceTicket } from '@/lib/recurrence';
import { Rng } from './random';
import { RecurrenceTracker } from './recurrence-tracker';

const DAY = 86_400_000;

/** Dense random tickets: few customers, causes and products, so groups recur often. */
function randomTickets(seed: number, count: number): RecurrenceTicket[] {
  const rng = new Rng(seed);
  const tickets: RecurrenceTicket[] = [];
  for (let id = 1; id <= count; id++) {
    // Whole days half of the time, to hit the window edge exactly.
    const openedAt = rng.int(400) * DAY + (rng.chance(0.5) ? 0 : rng.int(DAY));
    const resolvedAt = rng.chance(0.1)
      ? null
      : openedAt + (rng.chance(0.3) ? rng.between(1, 40) * DAY : rng.between(1, 5 * DAY));
    tickets.push({
      id,
      customerId: rng.between(1, 15),
      productId: rng.chance(0.2) ? null : rng.between(1, 3),
      rootCauseId: rng.chance(0.1) ? null : rng.between(1, 4),
      openedAt,
      resolvedAt,
    });
  }
  return tickets.sort((a, b) => a.openedAt - b.openedAt);
}

function streamed(tickets: RecurrenceTicket[], windowDays: number, key: RecurrenceKeyKind) {
  const tracker = new RecurrenceTracker(windowDays, key);
  const ids = new Set<number>();
  tickets.forEach((t, i) => {
    if (tracker.observe(t.customerId, t.productId, t.rootCauseId, t.openedAt, t.resolvedAt)) {
      ids.add(t.id);
    }
    // Sweeping now and then must not change any answer.
    if (i % 97 === 0) tracker.sweep(t.openedAt);
  });
  return ids;
}

describe('the streaming recurrence tracker', () => {
  test.each([
    [1, 30, 'customer'],
    [2, 30, 'customer_product'],
    [3, 7, 'customer'],
    [4, 90, 'customer_product'],
  ] as const)(
    'seed %i, %i-day window by %s: same answer as findRecurrences',
    (seed, windowDays, key) => {
      const tickets = randomTickets(seed, 3_000);
      const expected = findRecurrences(tickets, { windowDays, key });
      expect(expected.size).toBeGreaterThan(100);
      expect([...streamed(tickets, windowDays, key)].sort((a, b) => a - b)).toEqual(
        [...expected].sort((a, b) => a - b),
      );
    },
  );

  test('a resolution exactly one window before the opening counts, one ms more does not', () => {
    const tracker = new RecurrenceTracker(30, 'customer');
    expect(tracker.observe(1, null, 5, 0, 5 * DAY)).toBe(false);
    expect(tracker.observe(1, null, 5, 35 * DAY, null)).toBe(true);
    expect(tracker.observe(1, null, 5, 35 * DAY + 1, null)).toBe(false);
  });

  test('forgets groups once their resolutions leave the window', () => {
    const tracker = new RecurrenceTracker(30, 'customer');
    tracker.observe(1, null, 5, 0, DAY);
    tracker.observe(2, null, 5, 0, 40 * DAY);
    tracker.sweep(32 * DAY);
    expect(tracker.groupCount).toBe(1);
  });

  test('refuses tickets out of order or resolved before they opened', () => {
    const tracker = new RecurrenceTracker(30, 'customer');
    tracker.observe(1, null, 5, 10 * DAY, null);
    expect(() => tracker.observe(1, null, 5, 9 * DAY, null)).toThrow(/order/);
    expect(() => tracker.observe(1, null, 5, 11 * DAY, 11 * DAY)).toThrow(/later/);
  });
});
