import { expect, test } from 'vitest';
import {
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
  snapshotSummaries,
  storedRecurrenceTickets,
} from '../test-support';
import { redecideAllRecurrence } from './recurrence-rebuild';
import { rebuildSummaries } from './summaries';
import { findRecurrences } from '@/lib/recurrence';

const SETTINGS = { recurrenceWindowDays: 30, recurrenceKey: 'customer' } as const;

const flagged = (tickets: ReturnType<typeof storedRecurrenceTickets>) =>
  new Set(tickets.filter((t) => t.flag === 1).map((t) => t.id));

test('wrong flags of every kind are put right, and the summaries follow', () => {
  const db = openTestDatabase();
  insertReferenceRows(db);
  generateTickets(db);
  const recurrenceOf = (tickets: ReturnType<typeof storedRecurrenceTickets>) =>
    findRecurrences(tickets, {
      windowDays: SETTINGS.recurrenceWindowDays,
      key: SETTINGS.recurrenceKey,
    });
  const before = storedRecurrenceTickets(db);
  expect(flagged(before)).toEqual(recurrenceOf(before));

  // A file restored in part: flags that no write of the app would leave. A recurrence moved to
  // a customer of its own keeps its flag, alone in its group; an unclassified ticket is flagged.
  const set = db.$client.prepare('UPDATE tickets SET is_recurrence = ? WHERE id = ?');
  db.$client.exec(`INSERT INTO customers (id, name) VALUES (6, 'Soylent')`);
  const moved = before.find((t) => t.flag === 1)!;
  db.$client.prepare('UPDATE tickets SET customer_id = 6 WHERE id = ?').run(moved.id);
  set.run(1, before.find((t) => t.rootCauseId === null)!.id);
  // And one recurrence unflagged, one ticket that is none flagged.
  const tampered = storedRecurrenceTickets(db);
  const expected = recurrenceOf(tampered);
  set.run(0, tampered.find((t) => expected.has(t.id))!.id);
  set.run(1, tampered.find((t) => t.rootCauseId !== null && !expected.has(t.id))!.id);
  // The summaries count the flags as stored, as they would in such a file.
  rebuildSummaries(db);

  expect(redecideAllRecurrence(db, SETTINGS)).toBeGreaterThanOrEqual(4);
  const after = storedRecurrenceTickets(db);
  expect(after.find((t) => t.id === moved.id)!.flag).toBe(0);
  expect(flagged(after)).toEqual(expected);
  const kept = snapshotSummaries(db);
  rebuildSummaries(db);
  expect(snapshotSummaries(db)).toEqual(kept);
  // Nothing left to change.
  expect(redecideAllRecurrence(db, SETTINGS)).toBe(0);
});
