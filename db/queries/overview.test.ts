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
import { getOverview } from './overview';
import { getResolutionHistograms, getResolutionHoursExact } from './resolution-histogram';
import { percentileFromHistogram } from '@/lib/histogram';
import { makeRange } from '@/lib/filters';
import { kpisOfTickets, percentile } from '@/lib/metrics';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { MS_PER_DAY } from '@/lib/time';

describe('overview SQL against the pure metric definitions', () => {
  let db: Db;
  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    generateTickets(db);
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
