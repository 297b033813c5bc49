import { expect, test } from 'vitest';
import {
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
  snapshotSummaries,
  storedRecurrenceTickets,
} from '../test-support';
import { rebuildSummaries } from './summaries';
import { listEntityHistory } from './audit';
import { getSettings, saveSettings } from './settings';
import { findRecurrences } from '@/lib/recurrence';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

test('a new recurrence definition re-decides every ticket and the summaries follow; audited', () => {
  const db = openTestDatabase();
  insertReferenceRows(db);
  generateTickets(db);
  const next: Settings = {
    ...DEFAULT_SETTINGS,
    recurrenceWindowDays: 10,
    recurrenceKey: 'customer_product',
  };
  const before = db.$client
    .prepare('SELECT COUNT(*) AS n FROM tickets WHERE is_recurrence = 1')
    .get();
  expect(saveSettings(db, next, null).sort()).toEqual(['recurrenceKey', 'recurrenceWindowDays']);
  expect(getSettings(db)).toEqual(next);

  const tickets = storedRecurrenceTickets(db);
  const expected = findRecurrences(tickets, {
    windowDays: next.recurrenceWindowDays,
    key: next.recurrenceKey,
  });
  expect(expected.size).toBeGreaterThan(0);
  expect(new Set(tickets.filter((t) => t.flag === 1).map((t) => t.id))).toEqual(expected);
  // A narrower definition finds fewer recurrences than the default one did.
  expect(expected.size).toBeLessThan((before as { n: number }).n);

  // The summaries count the new recurrences, day and month rows alike: they equal a rebuild.
  const summed = db.$client
    .prepare(`SELECT SUM(recurrences) AS n FROM cause_stats WHERE period_kind = 'd'`)
    .get() as { n: number };
  expect(summed.n).toBe(expected.size);
  const kept = snapshotSummaries(db);
  rebuildSummaries(db);
  expect(snapshotSummaries(db)).toEqual(kept);

  const history = listEntityHistory(db, 'setting', 'recurrenceWindowDays');
  expect(history.map((e) => [e.fromValue, e.toValue])).toEqual([['30', '10']]);
  // Saving the same settings again changes nothing.
  expect(saveSettings(db, next, null)).toEqual([]);
});
