import { describe, expect, test } from 'vitest';
import type { Kpis } from './metrics';
import { findMovers, weekChangePValue, weeklyAverage } from './review';

describe('a week against its baseline weeks', () => {
  test.each([
    // Nothing in either: nothing to test.
    [0, 0, 4, 1],
    // 5 in the week, none in 4 weeks before: P(X >= 5 | n=5, 1/5) = 0.2^5 = 0.00032, two-sided.
    [5, 0, 4, 0.00064],
    // 0 in the week, 20 before: P(X <= 0 | n=20, 1/5) = 0.8^20 = 0.0115292, two-sided.
    [0, 20, 4, 0.0230584],
    // 1 in the week, 4 before: exactly the expected rate; both tails are over 1/2.
    [1, 4, 4, 1],
  ])('%i in the week, %i in %i weeks before: p = %s', (week, baseline, weeks, p) => {
    expect(weekChangePValue(week, baseline, weeks)).toBeCloseTo(p, 6);
  });
});

describe('movers', () => {
  const causes = [
    { causeId: 1, week: 5, baseline: 0 },
    { causeId: 2, week: 0, baseline: 20 },
    { causeId: 3, week: 1, baseline: 4 },
    { causeId: 4, week: 0, baseline: 0 },
  ];
  test('only changes beyond chance after dividing the level by the causes tested', () => {
    // Three causes tested (the fourth had no tickets): level 0.05 / 3 = 0.0167. Cause 1's
    // p = 0.00064 passes; cause 2's p = 0.023 does not.
    const movers = findMovers(causes);
    expect(movers.rose.map((m) => m.cause.causeId)).toEqual([1]);
    expect(movers.rose[0]).toMatchObject({ direction: 'rose', expected: 0 });
    expect(movers.fell).toEqual([]);
  });
  test('a looser level lets the fall through, expected at the baseline weekly average', () => {
    const movers = findMovers(causes, 4, 0.1);
    expect(movers.fell.map((m) => [m.cause.causeId, m.expected])).toEqual([[2, 5]]);
  });
  test('the largest change comes first', () => {
    const movers = findMovers([
      { causeId: 1, week: 30, baseline: 40 },
      { causeId: 2, week: 60, baseline: 40 },
    ]);
    expect(movers.rose.map((m) => m.cause.causeId)).toEqual([2, 1]);
  });
});

test('a baseline as one average week divides counts and money, not rates', () => {
  const kpis: Kpis = {
    tickets: 400,
    openTickets: 8,
    p50ResolutionHours: 30,
    p90ResolutionHours: 90,
    ahtSeconds: 300,
    fcr: 0.5,
    recurrenceRate: 0.1,
    costOfPoorQualityCents: 100_000,
    upstreamShare: 0.6,
    classificationCoverage: 0.9,
  };
  expect(weeklyAverage(kpis, 4)).toEqual({
    ...kpis,
    tickets: 100,
    openTickets: 2,
    costOfPoorQualityCents: 25_000,
  });
});
