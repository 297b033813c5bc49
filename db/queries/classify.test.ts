import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase, snapshotSummaries } from '../test-support';
import type { Db } from '../open';
import { listEntityHistory } from './audit';
import {
  attributionOfCause,
  classifyTickets,
  getAttributions,
  undoClassification,
} from './classify';
import { rebuildSummaries } from './summaries';
import { upsertTickets } from './ticket-writes';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);

/**
 * One customer's chain for cause 2: A (resolved day 2), B opened day 10 (a recurrence of A),
 * C opened day 40: 28 days after B was resolved, 38 after A, so a recurrence through B alone.
 */
function seedChain(db: Db) {
  upsertTickets(
    db,
    [
      ['A', 0, 2],
      ['B', 10, 12],
      ['C', 40, 41],
      ['U', 5, null],
    ].map(([externalId, opened, resolved]) => ({
      sourceSystem: 'test',
      externalId: externalId as string,
      openedAt: T0 + (opened as number) * DAY,
      resolvedAt: resolved === null ? null : T0 + (resolved as number) * DAY,
      channel: 'phone' as const,
      customerId: 1,
      rootCauseId: externalId === 'U' ? null : 2,
      departmentId: externalId === 'U' ? null : 4,
    })),
    DEFAULT_SETTINGS,
  );
}

describe('classifying by hand', () => {
  let db: Db;
  const id = (externalId: string) =>
    (
      db.$client.prepare('SELECT id FROM tickets WHERE external_id = ?').get(externalId) as {
        id: number;
      }
    ).id;
  const recurrences = () =>
    (
      db.$client
        .prepare('SELECT external_id AS e FROM tickets WHERE is_recurrence = 1 ORDER BY e')
        .all() as { e: string }[]
    ).map((r) => r.e);
  const summariesMatchARebuild = () => {
    const kept = snapshotSummaries(db);
    rebuildSummaries(db);
    expect(snapshotSummaries(db)).toEqual(kept);
  };

  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    seedChain(db);
  });

  test('the chain starts with B and C as recurrences', () => {
    expect(recurrences()).toEqual(['B', 'C']);
  });

  test('re-classifying the middle of a chain updates the tickets after it, audited', () => {
    const [event] = classifyTickets(
      db,
      {
        ticketIds: [id('B')],
        to: attributionOfCause(db, 1)!,
        userId: null,
        source: 'human',
        reason: 'typo',
      },
      DEFAULT_SETTINGS,
    );
    // B left the chain: it is alone in cause 1, and C is now 38 days after A.
    expect(recurrences()).toEqual([]);
    expect(getAttributions(db, [id('B')]).get(id('B'))).toMatchObject({
      rootCauseId: 1,
      departmentId: 3,
      classificationSource: 'human',
    });
    const [history] = listEntityHistory(db, 'ticket', String(id('B')));
    expect(history).toMatchObject({
      id: event,
      action: 'classify',
      field: 'attribution',
      fromValue: JSON.stringify({ rootCauseId: 2, departmentId: 4, source: null }),
      toValue: JSON.stringify({ rootCauseId: 1, departmentId: 3, source: 'human' }),
      reason: 'typo',
    });
    summariesMatchARebuild();

    // Undo puts B back, and with it C's recurrence.
    expect(undoClassification(db, event, null, DEFAULT_SETTINGS)).toEqual({
      ticketId: id('B'),
      undone: true,
    });
    expect(recurrences()).toEqual(['B', 'C']);
    expect(getAttributions(db, [id('B')]).get(id('B'))).toMatchObject({
      rootCauseId: 2,
      classificationSource: null,
    });
    expect(listEntityHistory(db, 'ticket', String(id('B')))[0]).toMatchObject({ action: 'undo' });
    summariesMatchARebuild();
  });

  test('an undo does not overwrite a later change', () => {
    const [first] = classifyTickets(
      db,
      { ticketIds: [id('U')], to: attributionOfCause(db, 2)!, userId: null, source: 'human' },
      DEFAULT_SETTINGS,
    );
    classifyTickets(
      db,
      { ticketIds: [id('U')], to: attributionOfCause(db, 3)!, userId: null, source: 'human' },
      DEFAULT_SETTINGS,
    );
    expect(undoClassification(db, first, null, DEFAULT_SETTINGS)).toEqual({
      ticketId: id('U'),
      undone: false,
    });
    expect(getAttributions(db, [id('U')]).get(id('U'))!.rootCauseId).toBe(3);
  });

  test('a ticket already so attributed gets no event; several tickets at once get one each', () => {
    const again = classifyTickets(
      db,
      {
        ticketIds: [id('A'), id('U')],
        to: attributionOfCause(db, 3)!,
        userId: null,
        source: 'human',
      },
      DEFAULT_SETTINGS,
    );
    expect(again).toHaveLength(1);
    expect(getAttributions(db, [id('A')]).get(id('A'))!.rootCauseId).toBe(3);
    summariesMatchARebuild();
  });

  test('a retired cause gives no attribution', () => {
    db.$client.prepare('UPDATE root_causes SET retired_at = 1 WHERE id = 4').run();
    expect(attributionOfCause(db, 4)).toBeUndefined();
    expect(attributionOfCause(db, 99)).toBeUndefined();
  });
});
