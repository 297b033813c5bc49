import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
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

const analyst = { id: 'ana', role: 'analyst', departmentId: null } as const;
const warehouseLead = { id: 'lee', role: 'lead', departmentId: 4 } as const;
const admin = { id: 'adm', role: 'admin', departmentId: null } as const;

function insertUsers(db: Db) {
  const insert = db.$client.prepare(
    `INSERT INTO users (id, email, name, role, department_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, 0)`,
  );
  for (const u of [analyst, warehouseLead, admin]) {
    insert.run(u.id, `${u.id}@example.com`, u.id, u.role, u.departmentId);
  }
}

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
    insertUsers(db);
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
        userId: analyst.id,
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
    expect(undoClassification(db, event, analyst, DEFAULT_SETTINGS)).toMatchObject({
      ok: true,
      ticketId: id('B'),
      undone: true,
      before: { rootCauseId: 1, departmentId: 3 },
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
      { ticketIds: [id('U')], to: attributionOfCause(db, 2)!, userId: analyst.id, source: 'human' },
      DEFAULT_SETTINGS,
    );
    classifyTickets(
      db,
      { ticketIds: [id('U')], to: attributionOfCause(db, 3)!, userId: null, source: 'human' },
      DEFAULT_SETTINGS,
    );
    expect(undoClassification(db, first, analyst, DEFAULT_SETTINGS)).toEqual({
      ok: true,
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

describe('who may undo which attribution', () => {
  let db: Db;
  let ticket: number;
  const cause = () => getAttributions(db, [ticket]).get(ticket)!.rootCauseId;
  const attribute = (to: number | null, userId: string | null, action?: string) =>
    classifyTickets(
      db,
      {
        ticketIds: [ticket],
        to: to === null ? { rootCauseId: null, departmentId: null } : attributionOfCause(db, to)!,
        userId,
        source: 'human',
        action,
      },
      DEFAULT_SETTINGS,
    )[0];

  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    insertUsers(db);
    seedChain(db);
    ticket = (
      db.$client.prepare("SELECT id FROM tickets WHERE external_id = 'U'").get() as { id: number }
    ).id;
  });
  // Each test starts from the unclassified ticket U.
  beforeEach(() => {
    attribute(null, null);
  });

  test("one's own classification, and one's undo of it, while one may still classify", () => {
    const event = attribute(2, warehouseLead.id);
    expect(undoClassification(db, event, analyst, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      error: 'You can only undo your own classifications.',
    });
    expect(undoClassification(db, event, warehouseLead, DEFAULT_SETTINGS)).toMatchObject({
      ok: true,
      undone: true,
    });
    expect(cause()).toBeNull();
    // Undoing the undo classifies the ticket again.
    const [undo] = listEntityHistory(db, 'ticket', String(ticket));
    expect(undo.action).toBe('undo');
    expect(undoClassification(db, undo.id, warehouseLead, DEFAULT_SETTINGS)).toMatchObject({
      ok: true,
      undone: true,
    });
    expect(cause()).toBe(2);
  });

  test.each([
    ['now an executive', { ...warehouseLead, role: 'executive' as const }],
    ['now the lead of another department', { ...warehouseLead, departmentId: 3 }],
  ])('not by a lead who may no longer classify the ticket (%s)', (_, person) => {
    const event = attribute(2, warehouseLead.id);
    expect(undoClassification(db, event, person, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      error: 'You may no longer classify this ticket, so you cannot undo its classification.',
    });
    expect(cause()).toBe(2);
  });

  test('not when the undo would move the ticket into a department one may not classify', () => {
    attribute(2, null);
    // An analyst moved the ticket from warehouse (4) to engineering (3), then became
    // engineering's lead: the undo would put it back into warehouse.
    const event = attribute(1, analyst.id);
    const engineeringLead = { ...analyst, role: 'lead' as const, departmentId: 3 };
    expect(undoClassification(db, event, engineeringLead, DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
    });
    expect(cause()).toBe(1);
  });

  test.each(['merge', 'rule', 'settle_dispute'])(
    'not a %s, even by the admin who did it',
    (action) => {
      const event = attribute(3, admin.id, action);
      expect(undoClassification(db, event, admin, DEFAULT_SETTINGS)).toEqual({
        ok: false,
        error: 'Only a classification can be undone, not a merge, a rule or a settled dispute.',
      });
      expect(cause()).toBe(3);
    },
  );

  test('not an event about something other than a ticket', () => {
    const event = attribute(3, admin.id);
    db.$client.prepare("UPDATE audit_events SET entity = 'root_cause' WHERE id = ?").run(event);
    expect(undoClassification(db, event, admin, DEFAULT_SETTINGS)).toMatchObject({ ok: false });
    expect(cause()).toBe(3);
  });
});
