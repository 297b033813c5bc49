import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { listAuditEvents, listEntityHistory } from './audit';
import { attributionOfCause } from './classify';
import {
  countOpenDisputes,
  DisputeError,
  getDispute,
  listDisputes,
  raiseDispute,
  settleDispute,
} from './disputes';
import { upsertTickets } from './ticket-writes';
import { DEFAULT_SETTINGS } from '@/lib/settings';

/** Stores tickets of warehouse's cause 2 and returns their ids, in the order of `externalIds`. */
function warehouseTickets(db: Db, externalIds: string[]): number[] {
  upsertTickets(
    db,
    externalIds.map((externalId) => ({
      sourceSystem: 'test',
      externalId,
      openedAt: Date.UTC(2026, 0, 5),
      channel: 'phone' as const,
      customerId: 1,
      rootCauseId: 2,
      departmentId: 4,
    })),
    DEFAULT_SETTINGS,
  );
  const id = db.$client.prepare('SELECT id FROM tickets WHERE external_id = ?').pluck();
  return externalIds.map((e) => id.get(e) as number);
}

describe('disputes', () => {
  let db: Db;
  const ids: number[] = [];
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    ids.push(...warehouseTickets(db, ['D1', 'D2']));
  });

  test('a dispute is raised once per ticket and counted for its department', () => {
    const id = raiseDispute(db, {
      ticketId: ids[0],
      departmentId: 4,
      reason: 'The carrier swapped labels',
      userId: null,
    });
    expect(() =>
      raiseDispute(db, { ticketId: ids[0], departmentId: 4, reason: 'again', userId: null }),
    ).toThrow(DisputeError);
    raiseDispute(db, {
      ticketId: ids[1],
      departmentId: 4,
      reason: 'Customer ordered the wrong item',
      userId: null,
    });
    expect(countOpenDisputes(db)).toEqual(new Map([[4, 2]]));
    expect(listDisputes(db, { status: 'open' })).toHaveLength(2);
    expect(listEntityHistory(db, 'dispute', String(id))[0]).toMatchObject({
      action: 'dispute',
      reason: 'The carrier swapped labels',
    });
  });

  test('upheld: the ticket is re-attributed; rejected: it stands; both leave the count', () => {
    const [second, first] = listDisputes(db, { status: 'open' });
    settleDispute(
      db,
      {
        id: first.id,
        userId: null,
        note: 'Carrier at fault',
        reattributeTo: attributionOfCause(db, 4)!,
      },
      DEFAULT_SETTINGS,
    );
    settleDispute(
      db,
      { id: second.id, userId: null, note: 'Picking error confirmed', reattributeTo: null },
      DEFAULT_SETTINGS,
    );
    const cause = (id: number) =>
      (
        db.$client.prepare('SELECT root_cause_id AS c FROM tickets WHERE id = ?').get(id) as {
          c: number;
        }
      ).c;
    expect(cause(first.ticketId)).toBe(4);
    expect(cause(second.ticketId)).toBe(2);
    expect(countOpenDisputes(db)).toEqual(new Map());
    expect(
      listDisputes(db)
        .map((d) => d.status)
        .sort(),
    ).toEqual(['rejected', 'upheld']);
    expect(listEntityHistory(db, 'ticket', String(first.ticketId))[0]).toMatchObject({
      action: 'settle_dispute',
    });
    // Upheld: attributed now to the new cause and its department; still disputed by warehouse.
    const upheld = getDispute(db, first.id)!;
    const causeRow = db.$client
      .prepare(
        `SELECT c.name AS causeName, d.name AS departmentName
         FROM root_causes c JOIN departments d ON d.id = c.department_id WHERE c.id = 4`,
      )
      .get() as { causeName: string; departmentName: string };
    expect(upheld).toMatchObject({
      causeName: causeRow.causeName,
      attributedDepartmentName: causeRow.departmentName,
      departmentId: first.departmentId,
    });
    expect(upheld.attributedDepartmentName).not.toBe(upheld.departmentName);
    expect(() =>
      settleDispute(
        db,
        { id: first.id, userId: null, note: 'x', reattributeTo: null },
        DEFAULT_SETTINGS,
      ),
    ).toThrow('settled already');
  });

  test('the audit page names the tickets by their helpdesk id, for ticket and dispute events', () => {
    const events = listAuditEvents(
      db,
      { fromMs: 0, toMs: Date.now() + 1 },
      { beforeId: null, limit: 100 },
    );
    const of = (entity: string, action: string) =>
      events
        .filter((e) => e.entity === entity && e.action === action)
        .map((e) => e.ticketExternalId);
    expect(of('dispute', 'dispute').sort()).toEqual(['D1', 'D2']);
    expect(of('ticket', 'settle_dispute')).toEqual(['D1']);
    // An event about no ticket has none.
    expect(of('dispute', 'uphold')).toEqual([null]);
  });
});

test('a dispute is found by its id when the list holds 200 newer ones', () => {
  const db = openTestDatabase();
  insertReferenceRows(db);
  const ticketIds = warehouseTickets(
    db,
    Array.from({ length: 201 }, (_, i) => `L${i}`),
  );
  const [oldest] = ticketIds.map((ticketId) =>
    raiseDispute(db, { ticketId, departmentId: 4, reason: 'Not ours', userId: null }),
  );
  expect(listDisputes(db).some((d) => d.id === oldest)).toBe(false);
  expect(getDispute(db, oldest)).toMatchObject({
    id: oldest,
    ticketId: ticketIds[0],
    status: 'open',
    departmentSlug: 'warehouse',
  });
  expect(getDispute(db, oldest + 1_000)).toBeUndefined();
});
