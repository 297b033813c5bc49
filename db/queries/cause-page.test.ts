import { beforeAll, describe, expect, test } from 'vitest';
import {
  expectSameKpis,
  GENERATED_START as START,
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
  ticketsOpenedIn,
} from '../test-support';
import type { Db } from '../open';
import { getCausePage, type CausePageData } from './cause-page';
import { getCause } from './causes';
import { makeRange } from '@/lib/filters';
import { kpisOfTickets } from '@/lib/metrics';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dayOf, dayToIso, isoWeekStartDay, MS_PER_DAY } from '@/lib/time';

describe('cause page SQL against the exact path', () => {
  let db: Db;
  const range = makeRange(START + 25, START + 240, 'custom');
  const pages = new Map<number, CausePageData>();

  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    generateTickets(db);
    db.$client.exec(`INSERT INTO corrective_actions (id, root_cause_id, owner_department_id, title,
        status, opened_at, due_at) VALUES
      (1, 2, 4, 'Scan at packing', 'done', ${START * MS_PER_DAY}, NULL),
      (2, 2, 4, 'Retrain pickers', 'open', ${(START + 10) * MS_PER_DAY}, ${(START + 20) * MS_PER_DAY})`);
    for (const id of [1, 2]) pages.set(id, getCausePage(db, getCause(db, id)!, range));
  });

  const causeTickets = (causeId: number, from = range.fromDay, to = range.toDay) =>
    ticketsOpenedIn(db, from, to).filter((t) => t.rootCauseId === causeId);

  test('a cause names its department; an unknown id has none', () => {
    expect(getCause(db, 2)).toMatchObject({
      name: 'Wrong item picked',
      departmentSlug: 'warehouse',
      departmentName: 'Warehouse & shipping',
    });
    expect(getCause(db, 99)).toBeUndefined();
  });

  test.each([1, 2])('cause %i: the KPIs equal the definitions over its tickets', (id) => {
    const page = pages.get(id)!;
    expectSameKpis(page.kpis, kpisOfTickets(causeTickets(id), DEFAULT_SETTINGS.agentCostPerHour));
    expect(page.kpis.tickets).toBeGreaterThan(100);
    const length = range.toDay - range.fromDay + 1;
    expectSameKpis(
      page.previousKpis,
      kpisOfTickets(
        causeTickets(id, range.fromDay - length, range.fromDay - 1),
        DEFAULT_SETTINGS.agentCostPerHour,
      ),
    );
  });

  test('the comparison is the cause’s department', () => {
    const department = getCause(db, 2)!.departmentId;
    expectSameKpis(
      pages.get(2)!.departmentKpis,
      kpisOfTickets(
        ticketsOpenedIn(db, range.fromDay, range.toDay, department),
        DEFAULT_SETTINGS.agentCostPerHour,
      ),
    );
  });

  test('weekly tickets and recurrences per ISO week', () => {
    const byWeek = new Map<string, { tickets: number; recurrences: number }>();
    for (const t of causeTickets(2)) {
      const week = dayToIso(isoWeekStartDay(dayOf(t.openedAt)));
      const w = byWeek.get(week) ?? { tickets: 0, recurrences: 0 };
      w.tickets++;
      if (t.isRecurrence) w.recurrences++;
      byWeek.set(week, w);
    }
    for (const week of pages.get(2)!.weekly) {
      expect({ tickets: week.tickets, recurrences: week.recurrences }).toEqual(
        byWeek.get(week.weekStart) ?? { tickets: 0, recurrences: 0 },
      );
    }
  });

  test('customers and products with the most recurrences of this cause', () => {
    const recurrences = causeTickets(2).filter((t) => t.isRecurrence);
    const byCustomer = new Map<number, number>();
    for (const t of recurrences)
      byCustomer.set(t.customerId!, (byCustomer.get(t.customerId!) ?? 0) + 1);
    const expected = [...byCustomer].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
    expect(pages.get(2)!.topCustomers.map((c) => [c.id, c.recurrences])).toEqual(expected);
    const tickets = causeTickets(2);
    for (const c of pages.get(2)!.topCustomers) {
      expect(c.tickets).toBe(tickets.filter((t) => t.customerId === c.id).length);
    }
    expect(pages.get(2)!.topProducts.reduce((s, p) => s + p.recurrences, 0)).toBe(
      recurrences.filter((t) => t.productId !== null).length,
    );
  });

  test('its corrective actions, newest first; none for a cause without', () => {
    expect(pages.get(2)!.actions.map((a) => a.title)).toEqual([
      'Retrain pickers',
      'Scan at packing',
    ]);
    expect(pages.get(1)!.actions).toEqual([]);
  });

  test('its latest tickets, newest first', () => {
    const latest = pages.get(2)!.latestTickets;
    expect(latest).toHaveLength(10);
    expect(latest.every((t) => t.rootCauseId === 2)).toBe(true);
    const newest = causeTickets(2).sort((a, b) => b.openedAt - a.openedAt)[0];
    expect(latest[0].openedAt).toBe(newest.openedAt);
  });
});
