import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase, snapshotSummaries } from '../test-support';
import type { Db } from '../open';
import { listEntityHistory } from './audit';
import { listCauseOptions } from './lookups';
import { createRule, listRules } from './rules';
import { rebuildSummaries } from './summaries';
import {
  createCause,
  listTaxonomy,
  mergeCause,
  moveCause,
  renameCause,
  setCauseRetired,
  TaxonomyError,
} from './taxonomy';
import { upsertTickets } from './ticket-writes';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);

describe('editing the taxonomy', () => {
  let db: Db;
  const causeOf = (e: string) =>
    db.$client
      .prepare(
        'SELECT root_cause_id AS cause, department_id AS department, is_recurrence AS rec FROM tickets WHERE external_id = ?',
      )
      .get(e) as { cause: number; department: number; rec: number };
  const summariesMatchARebuild = () => {
    const kept = snapshotSummaries(db);
    rebuildSummaries(db);
    expect(snapshotSummaries(db)).toEqual(kept);
  };

  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    // Customer 1: a ticket of cause 1 resolved on day 2, then one of cause 2 on day 10: two
    // causes, so no recurrence, until the causes are merged.
    upsertTickets(
      db,
      [
        {
          externalId: 'A',
          openedAt: T0,
          resolvedAt: T0 + 2 * DAY,
          rootCauseId: 1,
          departmentId: 3,
        },
        {
          externalId: 'B',
          openedAt: T0 + 10 * DAY,
          resolvedAt: null,
          rootCauseId: 2,
          departmentId: 4,
        },
      ].map((t) => ({ ...t, sourceSystem: 'test', channel: 'phone' as const, customerId: 1 })),
      DEFAULT_SETTINGS,
    );
  });

  test('create and rename; a name is unique within its department; history keeps the old name', () => {
    const id = createCause(db, { departmentId: 4, name: 'Label swapped', description: '' }, null);
    expect(() =>
      createCause(db, { departmentId: 4, name: 'label SWAPPED', description: '' }, null),
    ).toThrow(TaxonomyError);
    renameCause(db, id, 'Labels swapped at packing', null);
    expect(listTaxonomy(db).find((c) => c.id === id)!.name).toBe('Labels swapped at packing');
    expect(listEntityHistory(db, 'root_cause', String(id))[0]).toMatchObject({
      action: 'rename',
      fromValue: 'Label swapped',
      toValue: 'Labels swapped at packing',
    });
  });

  test('moving a cause moves its tickets and their history in the summaries', () => {
    expect(moveCause(db, 1, 1, null, DEFAULT_SETTINGS)).toBe(1);
    expect(causeOf('A')).toMatchObject({ cause: 1, department: 1 });
    summariesMatchARebuild();
  });

  test('merging re-points the tickets, the rules and the actions; recurrence follows', () => {
    createRule(db, { field: 'text', operator: 'contains', pattern: 'x', rootCauseId: 1 }, null);
    expect(causeOf('B').rec).toBe(0);
    expect(mergeCause(db, 1, 2, null, DEFAULT_SETTINGS)).toBe(1);
    expect(causeOf('A')).toMatchObject({ cause: 2, department: 4 });
    // Now one cause: B, opened 8 days after A was resolved, is a recurrence.
    expect(causeOf('B').rec).toBe(1);
    expect(listRules(db)[0].rootCauseId).toBe(2);
    const merged = listTaxonomy(db).find((c) => c.id === 1)!;
    expect(merged).toMatchObject({ mergedIntoId: 2 });
    expect(merged.retiredAt).not.toBeNull();
    const ticketId = (
      db.$client.prepare("SELECT id FROM tickets WHERE external_id = 'A'").get() as { id: number }
    ).id;
    expect(listEntityHistory(db, 'ticket', String(ticketId))[0]).toMatchObject({ action: 'merge' });
    expect(listEntityHistory(db, 'root_cause', '1')[0]).toMatchObject({
      action: 'merge',
      toValue: 'Wrong item picked',
    });
    summariesMatchARebuild();
    expect(() => mergeCause(db, 3, 1, null, DEFAULT_SETTINGS)).toThrow('itself merged');
    expect(() => mergeCause(db, 3, 3, null, DEFAULT_SETTINGS)).toThrow('into itself');
  });

  test('retire and reinstate', () => {
    setCauseRetired(db, 3, true, null);
    expect(listTaxonomy(db).find((c) => c.id === 3)!.retiredAt).not.toBeNull();
    // Not offered for new attributions; still there to filter its old tickets by.
    expect(listCauseOptions(db).map((c) => c.id)).not.toContain(3);
    expect(listCauseOptions(db, { includeRetired: true }).find((c) => c.id === 3)).toMatchObject({
      retired: true,
    });
    setCauseRetired(db, 3, false, null);
    expect(listTaxonomy(db).find((c) => c.id === 3)!.retiredAt).toBeNull();
    expect(listEntityHistory(db, 'root_cause', '3').map((e) => e.action)).toEqual([
      'reinstate',
      'retire',
    ]);
  });
});
