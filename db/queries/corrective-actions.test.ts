import { expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import { listEntityHistory } from './audit';
import { createAction, getAction, listActions, updateAction } from './corrective-actions';

test('every change of an action is one audit event; an unchanged field is none', () => {
  const db = openTestDatabase();
  insertReferenceRows(db);
  const id = createAction(
    db,
    {
      rootCauseId: 2,
      ownerDepartmentId: 4,
      ownerUserId: null,
      title: 'Scan at packing',
      description: '',
      status: 'open',
      openedAt: Date.UTC(2026, 0, 5),
      dueAt: Date.UTC(2026, 1, 1),
      doneAt: null,
    },
    null,
  );
  updateAction(db, id, { title: 'Scan at packing', status: 'in_progress', dueAt: null }, null);
  expect(getAction(db, id)).toMatchObject({ status: 'in_progress', dueAt: null });
  const events = listEntityHistory(db, 'action', String(id));
  expect(events.map((e) => [e.action, e.field, e.fromValue, e.toValue]).sort()).toEqual([
    ['create', 'title', null, 'Scan at packing'],
    ['update', 'dueAt', String(Date.UTC(2026, 1, 1)), null],
    ['update', 'status', 'open', 'in_progress'],
  ]);
  // Overdue: still to be done and past due; this one has no due date any more.
  expect(listActions(db, { overdueAt: Date.UTC(2026, 5, 1) })).toEqual([]);
  updateAction(db, id, { dueAt: Date.UTC(2026, 2, 1) }, null);
  expect(listActions(db, { overdueAt: Date.UTC(2026, 5, 1) }).map((a) => a.id)).toEqual([id]);
  // Due on 1 March (at noon, as the form stores it): overdue from 2 March, not at 18:00 on the day.
  updateAction(db, id, { dueAt: Date.UTC(2026, 2, 1, 12) }, null);
  expect(listActions(db, { overdueAt: Date.UTC(2026, 2, 1, 18) })).toEqual([]);
  expect(listActions(db, { overdueAt: Date.UTC(2026, 2, 2) }).map((a) => a.id)).toEqual([id]);
  // A lead's department: owned by it, or about one of its causes (cause 2 is warehouse's).
  expect(listActions(db, { concerningDepartmentId: 4 }).map((a) => a.id)).toEqual([id]);
  expect(listActions(db, { concerningDepartmentId: 1 })).toEqual([]);
});
