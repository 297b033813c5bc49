import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { Rng } from '../seed/random';
import { getOverview } from './overview';
import { getResolutionHistograms, getResolutionHoursExact } from './resolution-histogram';
import { updateTickets, upsertTickets, type TicketUpsert } from './ticket-writes';
import { CHANNELS } from '@/lib/domain';
import { percentileFromHistogram } from '@/lib/histogram';
import { makeRange } from '@/lib/filters';
import { kpisOfTickets, percentile, type Kpis, type MetricTicket } from '@/lib/metrics';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dayOf, isoToDay, MS_PER_DAY } from '@/lib/time';

const START = isoToDay('2025-01-01');
const DAYS = 300;
// Causes 1-4 belong to departments 3, 4, 1, 7 (db/test-support.ts).
const CAUSE_DEPARTMENT = [3, 4, 1, 7];

/** A random data set written through the real write path, out of time order, then changed. */
function generate(db: Db) {
  const rng = new Rng(42);
  const inputs: TicketUpsert[] = [];
  for (let i = 0; i < 2500; i++) {
    const openedAt = (START + rng.int(DAYS)) * MS_PER_DAY + rng.int(MS_PER_DAY);
    const cause = rng.chance(0.12) ? null : rng.int(4);
    const contacts = Array.from({ length: rng.int(4) }, (_, k) => ({
      startedAt: openedAt + k * 3_600_000,
      channel: rng.pick(CHANNELS),
      agent: `agent-${rng.int(5)}`,
      handleSeconds: Math.round(rng.logNormal(300, 0.6)),
    }));
    inputs.push({
      sourceSystem: 'gen',
      externalId: `T${i}`,
      openedAt,
      resolvedAt: rng.chance(0.8)
        ? openedAt + Math.round(rng.logNormal(30, 1.5) * 3_600_000)
        : null,
      channel: rng.pick(CHANNELS),
      customerId: 1 + rng.int(5),
      productId: 1 + rng.int(3),
      rootCauseId: cause === null ? null : cause + 1,
      departmentId: cause === null ? null : CAUSE_DEPARTMENT[cause],
      fixCostCents: rng.chance(0.3) ? rng.int(50_000) : 0,
      contacts,
    });
  }
  // Shuffled batches: imports arrive out of time order.
  for (let i = inputs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [inputs[i], inputs[j]] = [inputs[j], inputs[i]];
  }
  for (let i = 0; i < inputs.length; i += 400) {
    upsertTickets(db, inputs.slice(i, i + 400), DEFAULT_SETTINGS);
  }
  // Later resolutions and re-classifications.
  const changes = Array.from({ length: 200 }, (_, k) => {
    const cause = rng.int(4);
    return k % 2 === 0
      ? {
          id: 1 + rng.int(2500),
          fields: { rootCauseId: cause + 1, departmentId: CAUSE_DEPARTMENT[cause] },
        }
      : { id: 1 + rng.int(2500), fields: { resolvedAt: (START + DAYS + 5) * MS_PER_DAY } };
  });
  updateTickets(db, changes, DEFAULT_SETTINGS);
}

function ticketsOpenedIn(
  db: Db,
  fromDay: number,
  toDay: number,
  departmentId?: number,
): MetricTicket[] {
  const rows = db.$client
    .prepare(
      `SELECT t.opened_at AS openedAt, t.resolved_at AS resolvedAt, t.root_cause_id AS rootCauseId,
              d.is_upstream AS upstream, t.contact_count AS contactCount,
              t.handle_seconds AS handleSeconds, t.fix_cost_cents AS fixCostCents,
              t.is_recurrence AS isRecurrence, t.department_id AS departmentId
       FROM tickets t LEFT JOIN departments d ON d.id = t.department_id`,
    )
    .all() as (Omit<MetricTicket, 'departmentIsUpstream' | 'isRecurrence'> & {
    upstream: number | null;
    isRecurrence: number;
    departmentId: number | null;
  })[];
  return rows
    .filter((r) => dayOf(r.openedAt) >= fromDay && dayOf(r.openedAt) <= toDay)
    .filter((r) => departmentId === undefined || r.departmentId === departmentId)
    .map((r) => ({
      ...r,
      departmentIsUpstream: r.upstream === null ? null : r.upstream === 1,
      isRecurrence: r.isRecurrence === 1,
    }));
}

function expectSameKpis(fromSql: Kpis, exact: Kpis) {
  const { p50ResolutionHours, p90ResolutionHours, ...rest } = fromSql;
  const { p50ResolutionHours: p50, p90ResolutionHours: p90, ...exactRest } = exact;
  expect(rest).toEqual(exactRest);
  for (const [approx, truth] of [
    [p50ResolutionHours, p50],
    [p90ResolutionHours, p90],
  ]) {
    if (truth === null) expect(approx).toBeNull();
    else expect(Math.abs(approx! - truth) / truth).toBeLessThan(0.01);
  }
}

describe('overview SQL against the pure metric definitions', () => {
  let db: Db;
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    generate(db);
  });

  test.each([
    ['whole period', START, START + DAYS + 10],
    ['a quarter cutting through months', START + 40, START + 130],
    ['inside one month', START + 3, START + 20],
    ['nothing in it', START - 100, START - 50],
  ])('%s: company KPIs equal the exact path', (_, fromDay, toDay) => {
    const overview = getOverview(db, makeRange(fromDay, toDay, 'custom'));
    const exact = kpisOfTickets(
      ticketsOpenedIn(db, fromDay, toDay),
      DEFAULT_SETTINGS.agentCostPerHour,
    );
    expectSameKpis(overview.kpis, exact);
  });

  test('each department figure equals the exact path for its tickets', () => {
    const range = makeRange(START + 30, START + 250, 'custom');
    const overview = getOverview(db, range);
    expect(overview.departments.filter((d) => d.kpis.tickets > 0)).toHaveLength(4);
    for (const department of overview.departments) {
      const exact = kpisOfTickets(
        ticketsOpenedIn(db, range.fromDay, range.toDay, department.id),
        DEFAULT_SETTINGS.agentCostPerHour,
      );
      expectSameKpis(department.kpis, exact);
    }
  });

  test('the previous period is computed the same way', () => {
    const overview = getOverview(db, makeRange(START + 150, START + 299, 'custom'));
    const exact = kpisOfTickets(
      ticketsOpenedIn(db, START, START + 149),
      DEFAULT_SETTINGS.agentCostPerHour,
    );
    expectSameKpis(overview.previousKpis, exact);
  });

  test('weekly counts and the Pareto add up to the tickets in the range', () => {
    const overview = getOverview(db, makeRange(START + 10, START + 200, 'custom'));
    const weeklyTotal = overview.weekly.reduce((sum, w) => sum + w.total, 0);
    expect(weeklyTotal).toBe(overview.kpis.tickets);
    const paretoTotal = overview.pareto.reduce((sum, p) => sum + p.tickets, 0);
    expect(paretoTotal).toBe(
      Math.round(overview.kpis.classificationCoverage! * overview.kpis.tickets),
    );
    expect(overview.pareto.at(-1)!.cumulativeShare).toBeCloseTo(1);
  });

  test('per-cause histograms give each cause its own median within 1 %', () => {
    const range = makeRange(START + 20, START + 220, 'custom');
    const byCause = getResolutionHistograms(db, range, 'cause');
    const ofWarehouse = getResolutionHistograms(db, range, 'cause', 4);
    expect([...ofWarehouse.keys()]).toEqual([2]);
    for (const causeId of [1, 2, 3, 4]) {
      const hours = (
        db.$client
          .prepare(
            `SELECT (resolved_at - opened_at) / 3600000.0 AS h FROM tickets
             WHERE root_cause_id = ? AND resolved_at IS NOT NULL AND opened_at >= ? AND opened_at < ?`,
          )
          .all(causeId, range.fromDay * MS_PER_DAY, (range.toDay + 1) * MS_PER_DAY) as {
          h: number;
        }[]
      ).map((r) => r.h);
      const exact = percentile(hours, 50)!;
      const approx = percentileFromHistogram(byCause.get(causeId)!, 50)!;
      expect(Math.abs(approx - exact) / exact).toBeLessThan(0.01);
    }
  });

  test('the exact path agrees with the pure percentile', () => {
    const hours = getResolutionHoursExact(db, { fromDay: START, toDay: START + DAYS });
    const overview = getOverview(db, makeRange(START, START + DAYS, 'custom'));
    const exact = percentile(hours, 90)!;
    expect(Math.abs(overview.kpis.p90ResolutionHours! - exact) / exact).toBeLessThan(0.01);
  });
});
