import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
  snapshotSummaries,
} from '../test-support';
import { SummaryDelta, type SummarizedTicket } from './summaries';

const ticket = (fields: Partial<SummarizedTicket> = {}): SummarizedTicket => ({
  openedAt: Date.UTC(2026, 0, 5, 9),
  resolvedAt: Date.UTC(2026, 0, 5, 12),
  rootCauseId: 7,
  departmentId: 3,
  contactCount: 1,
  handleSeconds: 300,
  fixCostCents: 0,
  isRecurrence: false,
  ...fields,
});

describe('SummaryDelta', () => {
  test('keeps rows apart that differ only in kind, department or cause', () => {
    const delta = new SummaryDelta();
    delta.add(ticket(), 1);
    delta.add(ticket({ rootCauseId: 8 }), 1);
    delta.add(ticket({ departmentId: 4 }), 1);
    delta.add(ticket({ rootCauseId: null, departmentId: null, resolvedAt: null }), 1);
    const rows = delta.rows();
    // Each ticket has a day and a month row of its own cause.
    expect(rows.causes).toHaveLength(8);
    // Departments 3, 4 and none, by day and by month.
    expect(rows.departments).toHaveLength(6);
    const day3 = rows.departments.find((d) => d.kind === 'd' && d.departmentKey === 3)!;
    // tickets, classified, recurrences, resolved, resolved with one contact, resolved with
    // contacts, contacts, ...
    expect(day3.measures).toEqual([2, 2, 0, 2, 2, 2, 2, 600, 0]);
    // Three resolved tickets, each in its cause's and its department's histogram, by day and month.
    expect(rows.histograms.map((h) => [h.kind, h.departmentKey, h.causeKey]).sort()).toEqual(
      [
        ['d', 3, -1],
        ['d', 3, 7],
        ['d', 3, 8],
        ['d', 4, -1],
        ['d', 4, 7],
        ['m', 3, -1],
        ['m', 3, 7],
        ['m', 3, 8],
        ['m', 4, -1],
        ['m', 4, 7],
      ].sort(),
    );
  });

  test('removing a ticket takes back exactly what adding it gave', () => {
    const delta = new SummaryDelta();
    delta.add(ticket({ isRecurrence: true, contactCount: 3, handleSeconds: 900 }), 1);
    delta.add(ticket({ isRecurrence: true, contactCount: 3, handleSeconds: 900 }), -1);
    for (const row of [...delta.rows().causes, ...delta.rows().departments]) {
      expect(row.measures.every((m) => m === 0)).toBe(true);
    }
    for (const row of delta.rows().histograms) expect(row.counts.every((c) => c === 0)).toBe(true);
  });

  test('moving a ticket to a recurrence gives what adding it as one gives', () => {
    const moved = new SummaryDelta();
    moved.add(ticket(), 1);
    moved.moveRecurrence(ticket(), true);
    const added = new SummaryDelta();
    added.add(ticket({ isRecurrence: true }), 1);
    expect(moved.rows()).toEqual(added.rows());
    moved.moveRecurrence(ticket(), false);
    const plain = new SummaryDelta();
    plain.add(ticket(), 1);
    expect(moved.rows()).toEqual(plain.rows());
  });

  test('adds month rows up from day rows, with tickets out of day order', () => {
    const delta = new SummaryDelta();
    const jan5 = Date.UTC(2026, 0, 5, 9);
    const jan6 = Date.UTC(2026, 0, 6, 9);
    const feb2 = Date.UTC(2026, 1, 2, 9);
    for (const openedAt of [jan5, jan6, jan5, feb2, jan6, jan5]) {
      delta.add(ticket({ openedAt, resolvedAt: openedAt + 3_600_000, handleSeconds: 60 }), 1);
    }
    const rows = delta.rows();
    const tickets = (kind: string, period: number) =>
      rows.causes.find((r) => r.kind === kind && r.period === period)?.measures[0];
    const day = (ms: number) => Math.floor(ms / 86_400_000);
    expect([tickets('d', day(jan5)), tickets('d', day(jan6)), tickets('d', day(feb2))]).toEqual([
      3, 2, 1,
    ]);
    expect([tickets('m', 2026 * 12), tickets('m', 2026 * 12 + 1)]).toEqual([5, 1]);
    const january = rows.histograms.find(
      (h) => h.kind === 'm' && h.period === 2026 * 12 && h.causeKey === -1,
    )!;
    expect(january.counts.reduce((sum, c) => sum + c, 0)).toBe(5);
  });

  test('refuses a key it cannot tell apart from another instead of mixing rows', () => {
    expect(() => new SummaryDelta().add(ticket({ departmentId: 2 ** 16 }), 1)).toThrow(RangeError);
    expect(() => new SummaryDelta().add(ticket({ rootCauseId: 2 ** 20 }), 1)).toThrow(RangeError);
  });
});

test('migration 0014 gives the summary rows stored before it the count the write path keeps', () => {
  const db = openTestDatabase();
  insertReferenceRows(db);
  generateTickets(db);
  const kept = snapshotSummaries(db);
  // As the rows were before the column existed: its default.
  db.$client.exec(`UPDATE cause_stats SET resolved_with_contacts = 0;
    UPDATE department_stats SET resolved_with_contacts = 0;`);
  const migration = fs.readFileSync(
    path.join('db', 'migrations', '0014_fcr_recorded_contacts.sql'),
    'utf8',
  );
  for (const statement of migration.split('--> statement-breakpoint')) {
    if (!statement.trim().startsWith('ALTER TABLE')) db.$client.exec(statement);
  }
  expect(snapshotSummaries(db)).toEqual(kept);
});
