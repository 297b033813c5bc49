import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { createAction, updateAction } from './corrective-actions';
import { getReview } from './review';
import { upsertTickets } from './ticket-writes';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dayStartMs, isoToDay } from '@/lib/time';

/** The review week: Monday 2 March 2026 (2026-W10). */
const WEEK = isoToDay('2026-03-02');
const at = (day: number, hour = 10) => dayStartMs(day) + hour * 3_600_000;
/** A day when the week is over. */
const AFTER = WEEK + 30;

describe('the weekly review of 2026-W10', () => {
  let db: Db;
  /** An action on cause 2, owned by warehouse, opened long before the week. */
  const action = (title: string, due: number | null, done: number | null) =>
    createAction(
      db,
      {
        rootCauseId: 2,
        ownerDepartmentId: 4,
        ownerUserId: null,
        title,
        description: '',
        status: done === null ? 'open' : 'done',
        openedAt: at(WEEK - 60),
        dueAt: due === null ? null : at(due),
        doneAt: done === null ? null : at(done),
      },
      null,
    );
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    const tickets: { cause: number; day: number }[] = [];
    for (let w = 1; w <= 4; w++) {
      // Cause 1: 2 a week in the 4 weeks before, then 12 in the week.
      for (let i = 0; i < 2; i++) tickets.push({ cause: 1, day: WEEK - 7 * w + i });
      // Cause 2: 5 a week before and in the week.
      for (let i = 0; i < 5; i++) tickets.push({ cause: 2, day: WEEK - 7 * w + i });
    }
    for (let i = 0; i < 12; i++) tickets.push({ cause: 1, day: WEEK + (i % 7) });
    for (let i = 0; i < 5; i++) tickets.push({ cause: 2, day: WEEK + i });
    // Cause 3: its first ticket ever.
    tickets.push({ cause: 3, day: WEEK + 3 });
    // After the week: must not count.
    for (let i = 0; i < 9; i++) tickets.push({ cause: 2, day: WEEK + 7 + i });
    upsertTickets(
      db,
      tickets.map((t, i) => ({
        sourceSystem: 'test',
        externalId: `R${i}`,
        openedAt: at(t.day),
        channel: 'phone' as const,
        customerId: (i % 5) + 1,
        rootCauseId: t.cause,
        departmentId: [3, 4, 1][t.cause - 1],
      })),
      DEFAULT_SETTINGS,
    );
    action('Due in the week', WEEK + 4, null);
    action('Late at the week, done since', WEEK - 3, WEEK + 20);
    action('Done two weeks before', WEEK - 20, WEEK - 14);
    action('Done long before', WEEK - 200, WEEK - 180);
    action('Due later', WEEK + 30, null);
    const dispute = (ticket: string, raised: number, settled: number | null) =>
      db.$client
        .prepare(
          `INSERT INTO disputes (ticket_id, department_id, reason, status, raised_at, settled_at)
           VALUES ((SELECT id FROM tickets WHERE external_id = ?), 4, 'not ours', ?, ?, ?)`,
        )
        .run(ticket, settled === null ? 'open' : 'rejected', at(raised), settled && at(settled));
    dispute('R5', WEEK + 2, WEEK + 10); // open at the week's end, settled since
    dispute('R6', WEEK + 9, null); // raised after the week
    dispute('R7', WEEK - 10, WEEK - 8); // settled before the week ended
    dispute('R8', WEEK + 12, WEEK + 13); // raised after the week and settled: nothing to settle
  });

  test('headline figures against the weekly average of the 4 weeks before', () => {
    const review = getReview(db, WEEK, AFTER);
    expect(review.isoWeek).toBe('2026-W10');
    expect(review.kpis.tickets).toBe(12 + 5 + 1);
    expect(review.baselineKpis.tickets).toBe((8 + 20) / 4);
  });

  test('the cause that rose beyond chance is a mover; the steady one and a single new one not', () => {
    const review = getReview(db, WEEK, AFTER);
    // Cause 1: 12 against 8 in 4 weeks: P(X >= 12 | n=20, 1/5) ≈ 1e-4, below 0.05 / 3.
    expect(review.movers?.rose.map((m) => [m.cause.causeId, m.expected])).toEqual([[1, 2]]);
    expect(review.movers?.fell).toEqual([]);
    expect(review.firstSeen.map((c) => c.causeId)).toEqual([3]);
  });

  test('special causes against the 12 weeks before', () => {
    const review = getReview(db, WEEK, AFTER);
    const flagged = review.specialCauses?.map((s) => `${s.kind} ${s.id} ${s.signal}`).sort();
    // Cause 1: centre 8/12, upper 0.67 + 3·0.82 = 3.1 < 12. Cause 2: centre 20/12, upper 5.5 > 5.
    // Cause 3: a zero baseline, so any ticket is beyond it. Departments follow their causes.
    expect(flagged).toEqual([
      'cause 1 above',
      'cause 3 above',
      'department 1 above',
      'department 3 above',
    ]);
  });

  test('actions and disputes as of the week’s end', () => {
    const review = getReview(db, WEEK, AFTER);
    expect(review.actions.due.map((a) => a.title)).toEqual(['Due in the week']);
    expect(review.actions.overdue.map((a) => a.title)).toEqual(['Late at the week, done since']);
    expect(review.actions.measured.map((a) => [a.title, a.effect?.verdict])).toEqual([
      ['Done two weeks before', 'not yet clear'],
    ]);
    // R5 is listed with its status now, R6 only counted as raised since; R7 was settled in time.
    expect(review.disputes.map((d) => [d.externalId, d.status])).toEqual([['R5', 'rejected']]);
    expect(review.disputesRaisedSince).toBe(1);
  });

  test('a week not over yet shows its counts but calls no cause a mover or a special cause', () => {
    // Its Thursday: cause 1's 12 tickets would be a rise, but the week's days so far against full
    // weeks are no test of anything.
    const review = getReview(db, WEEK, WEEK + 3);
    expect(review.complete).toBe(false);
    expect(review.movers).toBeNull();
    expect(review.specialCauses).toBeNull();
    expect(review.kpis.tickets).toBe(12 + 5 + 1);
    expect(review.firstSeen.map((c) => c.causeId)).toEqual([3]);
    // Its Sunday is still part of it; the Monday after, it is judged.
    expect(getReview(db, WEEK, WEEK + 6).movers).toBeNull();
    expect(getReview(db, WEEK, WEEK + 7).movers?.rose).toHaveLength(1);
  });

  test('a past week keeps the status and dates its actions had then', () => {
    // Both changed today, long after the week.
    updateAction(db, action('Abandoned since', WEEK - 5, null), { status: 'abandoned' }, null);
    updateAction(db, action('Postponed since', WEEK + 2, null), { dueAt: at(WEEK + 60) }, null);
    const review = getReview(db, WEEK, AFTER);
    expect(review.actions.overdue.map((a) => a.title)).toContain('Abandoned since');
    expect(review.actions.due.map((a) => a.title)).toContain('Postponed since');
  });
});
