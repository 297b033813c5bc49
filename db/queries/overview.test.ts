import { beforeAll, describe, expect, test } from 'vitest';
import {
  expectSameKpis,
  GENERATED_DAYS as DAYS,
  GENERATED_START as START,
  generateTickets,
  insertReferenceRows,
  openTestDatabase,
  snapshotSummaries,
  ticketsOpenedIn,
} from '../test-support';
import type { Db } from '../open';
import { storeImportedTickets } from './import-store';
import { getOverview } from './overview';
import { getResolutionHistograms, getResolutionHoursExact } from './resolution-histogram';
import { rebuildSummaries } from './summaries';
import { percentileFromHistogram } from '@/lib/histogram';
import { makeRange } from '@/lib/filters';
import type { ImportedTicket } from '@/lib/import/row';
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

test('tickets imported without contacts count in neither side of FCR, nor in AHT', () => {
  const db = openTestDatabase();
  insertReferenceRows(db);
  const opened = (START + 10) * MS_PER_DAY;
  const ticket = (externalId: string, fields: Partial<ImportedTicket>): ImportedTicket => ({
    sourceSystem: 'test',
    externalId,
    openedAt: opened,
    resolvedAt: opened + MS_PER_DAY,
    customer: { ref: 'C-1', name: null },
    ...fields,
  });
  const call = (handleSeconds: number) => ({
    startedAt: opened,
    channel: 'phone' as const,
    agent: 'ann',
    handleSeconds,
  });
  storeImportedTickets(
    db,
    [
      // Resolved with one call of 300 s: a first-contact resolution.
      ticket('one', { contacts: [call(300)] }),
      // Resolved with two calls of 200 s each.
      ticket('two', { contacts: [call(200), call(200)] }),
      // Open, one call of 500 s.
      ticket('open', { resolvedAt: null, contacts: [call(500)] }),
      // Resolved, from an export without handle times (Zendesk's): no contact recorded.
      ticket('z1', {}),
      ticket('z2', {}),
    ],
    DEFAULT_SETTINGS,
  );
  // FCR = 1 of the 2 resolved tickets with contacts (not 1 of 4 resolved);
  // AHT = 1,200 s over 4 contacts.
  const expected = { fcr: 0.5, ahtSeconds: 300, tickets: 5, openTickets: 1 };
  const range = makeRange(START, START + 20, 'custom');
  expect(getOverview(db, range).kpis).toMatchObject(expected);
  expect(
    kpisOfTickets(ticketsOpenedIn(db, START, START + 20), DEFAULT_SETTINGS.agentCostPerHour),
  ).toMatchObject(expected);
  const kept = snapshotSummaries(db);
  rebuildSummaries(db);
  expect(snapshotSummaries(db)).toEqual(kept);
});
