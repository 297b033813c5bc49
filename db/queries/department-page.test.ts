import { beforeAll, describe, expect, test } from 'vitest';
import {
  expectSameKpis,
  GENERATED_DAYS as DAYS,
  GENERATED_START as START,
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
  ticketsOpenedIn,
} from '../test-support';
import type { Db } from '../open';
import { getDepartmentPage, type DepartmentPageData } from './department-page';
import { getDepartmentBySlug } from './departments';
import { getOverview } from './overview';
import { backlogBandOf, resolutionBands } from '@/lib/department';
import { makeRange, type DateRange } from '@/lib/filters';
import { histogramOf } from '@/lib/histogram';
import { kpisOfTickets, percentile } from '@/lib/metrics';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dayOf, dayToIso, isoWeekStartDay, MS_PER_DAY, MS_PER_HOUR } from '@/lib/time';

interface TicketRow {
  openedAt: number;
  resolvedAt: number | null;
  customerId: number;
  productId: number | null;
  rootCauseId: number | null;
  isRecurrence: number;
  contactCount: number;
  handleSeconds: number;
}

/** The exact path: the department's tickets opened in the range, straight from the table. */
function ticketsOf(db: Db, departmentId: number, range: DateRange): TicketRow[] {
  return db.$client
    .prepare(
      `SELECT opened_at AS openedAt, resolved_at AS resolvedAt, customer_id AS customerId,
              product_id AS productId, root_cause_id AS rootCauseId, is_recurrence AS isRecurrence,
              contact_count AS contactCount, handle_seconds AS handleSeconds
       FROM tickets WHERE department_id = ? AND opened_at >= ? AND opened_at < ?`,
    )
    .all(departmentId, range.fromDay * MS_PER_DAY, (range.toDay + 1) * MS_PER_DAY) as TicketRow[];
}

function countBy<T>(items: readonly T[], key: (item: T) => number | null): Map<number, number> {
  const counts = new Map<number, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const hoursOf = (tickets: readonly TicketRow[]) =>
  tickets
    .filter((t) => t.resolvedAt !== null)
    .map((t) => (t.resolvedAt! - t.openedAt) / MS_PER_HOUR);

describe('department page SQL against the exact path', () => {
  let db: Db;
  const range = makeRange(START + 25, START + 240, 'custom');
  // After every generated resolution (the last ones are at START + DAYS + 5).
  const now = (START + DAYS + 40) * MS_PER_DAY;
  // Manufacturing (1) has tickets without a cause; warehouse (4) only classified ones.
  const pages = new Map<number, DepartmentPageData>();

  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    generateTickets(db);
    for (const slug of ['manufacturing', 'warehouse']) {
      const department = getDepartmentBySlug(db, slug)!;
      pages.set(department.id, getDepartmentPage(db, department, range, now));
    }
  });

  test('an unknown slug has no department', () => {
    expect(getDepartmentBySlug(db, 'nope')).toBeUndefined();
  });

  test.each([1, 4])('department %i: KPIs, previous KPIs and the company KPIs', (id) => {
    const page = pages.get(id)!;
    const exact = (from: number, to: number, department?: number) =>
      kpisOfTickets(ticketsOpenedIn(db, from, to, department), DEFAULT_SETTINGS.agentCostPerHour);
    expectSameKpis(page.kpis, exact(range.fromDay, range.toDay, id));
    const previous = page.previousRange;
    expectSameKpis(page.previousKpis, exact(previous.fromDay, previous.toDay, id));
    const overview = getOverview(db, range);
    expect(page.companyKpis).toEqual(overview.kpis);
  });

  test('manufacturing has tickets without a cause, which count but are not in the Pareto', () => {
    const page = pages.get(1)!;
    const tickets = ticketsOf(db, 1, range);
    const withoutCause = tickets.filter((t) => t.rootCauseId === null).length;
    expect(withoutCause).toBeGreaterThan(0);
    expect(page.kpis.tickets).toBe(tickets.length);
    expect(page.pareto.reduce((sum, p) => sum + p.tickets, 0)).toBe(tickets.length - withoutCause);
  });

  test.each([1, 4])('department %i: Pareto, weekly series and resolution bands', (id) => {
    const page = pages.get(id)!;
    const tickets = ticketsOf(db, id, range);
    const byCause = countBy(tickets, (t) => t.rootCauseId);
    expect(new Map(page.pareto.map((p) => [p.causeId, p.tickets]))).toEqual(byCause);
    expect(page.pareto.at(-1)!.cumulativeShare).toBeCloseTo(1);

    const byWeek = countBy(tickets, (t) => isoWeekStartDay(Math.floor(t.openedAt / MS_PER_DAY)));
    for (const week of page.weekly) {
      const day = Math.floor(Date.parse(week.weekStart) / MS_PER_DAY);
      expect(week.tickets, week.weekStart).toBe(byWeek.get(day) ?? 0);
    }
    expect(page.weekly[0].weekStart).toBe(dayToIso(isoWeekStartDay(range.fromDay)));
    const recurrences = tickets.filter((t) => t.isRecurrence === 1).length;
    expect(page.weekly.reduce((sum, w) => sum + w.recurrences, 0)).toBe(recurrences);

    expect(page.resolutionBands).toEqual(resolutionBands(histogramOf(hoursOf(tickets))));
  });

  test.each([1, 4])('department %i: each cause point has the exact AHT and median', (id) => {
    const page = pages.get(id)!;
    const tickets = ticketsOf(db, id, range);
    expect(page.causes.points.length).toBeGreaterThan(0);
    for (const point of page.causes.points) {
      const ofCause = tickets.filter((t) => t.rootCauseId === point.causeId);
      const contacts = ofCause.reduce((sum, t) => sum + t.contactCount, 0);
      const seconds = ofCause.reduce((sum, t) => sum + t.handleSeconds, 0);
      expect(point.tickets).toBe(ofCause.length);
      expect(point.ahtMinutes).toBeCloseTo(seconds / contacts / 60, 9);
      const median = percentile(hoursOf(ofCause), 50)!;
      expect(Math.abs(point.medianHours - median) / median).toBeLessThan(0.01);
    }
  });

  test.each([1, 4])('department %i: the customers with most recurrences', (id) => {
    const page = pages.get(id)!;
    const tickets = ticketsOf(db, id, range);
    const all = countBy(tickets, (t) => t.customerId);
    const recurring = countBy(
      tickets.filter((t) => t.isRecurrence === 1),
      (t) => t.customerId,
    );
    const expected = [...recurring]
      .map(([k, recurrences]) => ({ id: k, recurrences, tickets: all.get(k)! }))
      .sort((a, b) => b.recurrences - a.recurrences || a.id - b.id)
      .slice(0, 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      page.topCustomers.map(({ id, recurrences, tickets }) => ({ id, recurrences, tickets })),
    ).toEqual(expected);
    expect(page.topCustomers.every((c) => c.name.length > 0)).toBe(true);
  });

  test.each([1, 4])('department %i: the products with most recurrences', (id) => {
    const page = pages.get(id)!;
    const recurrences = ticketsOf(db, id, range).filter(
      (t) => t.isRecurrence === 1 && t.productId !== null,
    );
    const byProduct = countBy(recurrences, (t) => t.productId);
    const customers = (product: number) =>
      new Set(recurrences.filter((t) => t.productId === product).map((t) => t.customerId)).size;
    const expected = [...byProduct]
      .map(([k, n]) => ({ id: k, recurrences: n, customers: customers(k) }))
      .sort((a, b) => b.recurrences - a.recurrences || a.id - b.id)
      .slice(0, 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      page.topProducts.map(({ id, recurrences, customers }) => ({ id, recurrences, customers })),
    ).toEqual(expected);
    expect(page.topProducts[0].name).toMatch(/\(VX-\d\)$/);
  });

  test.each([1, 4])('department %i: open backlog by age as of now', (id) => {
    const page = pages.get(id)!;
    const open = ticketsOf(db, id, range).filter((t) => t.resolvedAt === null);
    expect(open.length).toBeGreaterThan(0);
    const byBand = countBy(open, (t) => backlogBandOf(dayOf(now) - dayOf(t.openedAt)));
    expect(page.backlog.map((b) => b.tickets)).toEqual([0, 1, 2, 3].map((b) => byBand.get(b) ?? 0));
    expect(page.backlog.reduce((sum, b) => sum + b.tickets, 0)).toBe(page.kpis.openTickets);
  });

  test('the backlog ages are taken as of the given time', () => {
    const department = getDepartmentBySlug(db, 'warehouse')!;
    const early = getDepartmentPage(db, department, range, (range.toDay + 1) * MS_PER_DAY);
    const late = pages.get(4)!;
    const oldest = (p: DepartmentPageData) => p.backlog[3].tickets;
    expect(oldest(early)).toBeLessThan(oldest(late));
  });
});
