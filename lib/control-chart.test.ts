import { describe, expect, test } from 'vitest';
import { baselineOf, cChartLimits, phasedLimits, signalOf } from './control-chart';

describe('c-chart limits', () => {
  test('centre and 3-sigma limits of a Poisson count', () => {
    // Mean 16: limits 16 ± 3·4 = 4 and 28.
    expect(cChartLimits([14, 16, 18, 16])).toEqual({
      centre: 16,
      upper: 28,
      lower: 4,
      baselineWeeks: 4,
    });
  });
  test('the lower limit stops at zero', () => {
    // Mean 4: 4 - 3·2 = -2.
    expect(cChartLimits([2, 4, 6])).toMatchObject({ centre: 4, upper: 10, lower: 0 });
  });
  test('an all-zero baseline has zero limits; none without a baseline', () => {
    expect(cChartLimits([0, 0, 0])).toMatchObject({ centre: 0, upper: 0, lower: 0 });
    expect(cChartLimits([])).toBeNull();
  });
  test.each([
    [29, 'above'],
    [28, null],
    [4, null],
    [3, 'below'],
  ])('a week of %i tickets: %s', (count, signal) => {
    expect(signalOf(count, cChartLimits([14, 16, 18, 16]))).toBe(signal);
  });
  test('below a zero lower limit is never a signal', () => {
    expect(signalOf(0, cChartLimits([2, 4, 6]))).toBeNull();
    expect(signalOf(1, cChartLimits([0, 0]))).toBe('above');
  });
});

describe('the baseline weeks', () => {
  const weeks = (n: number, partialEnds = true) =>
    Array.from({ length: n }, (_, i) => ({
      i,
      days: partialEnds && (i === 0 || i === n - 1) ? 3 : 7,
    }));
  test('full weeks before the last eight', () => {
    const base = baselineOf(weeks(30));
    expect(base.map((w) => w.i)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
  test('too few: all the full weeks', () => {
    expect(baselineOf(weeks(10)).map((w) => w.i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('limits by phase, split at process changes', () => {
  const week = (weekStart: string, tickets: number, days = 7) => ({ weekStart, days, tickets });
  const weeks = [
    week('2026-01-05', 40),
    week('2026-01-12', 44),
    week('2026-01-19', 36),
    week('2026-01-26', 40),
    // A fix done in this week: the process changed.
    week('2026-02-02', 9),
    week('2026-02-09', 10),
    week('2026-02-16', 11),
    week('2026-02-23', 10),
  ];
  test('each phase has its own centre line; no week is flagged against the other phase', () => {
    const phases = phasedLimits(weeks, ['2026-02-02']);
    expect(phases.map((p) => p.weeks.length)).toEqual([4, 4]);
    // Means 40 and 10: limits 40 ± 3·√40 = 21.0 … 59.0 and 10 ± 3·√10 = 0.5 … 19.5.
    expect(phases.map((p) => p.limits?.centre)).toEqual([40, 10]);
    expect(phases[1].limits!.upper).toBeCloseTo(19.487, 3);
    const flagged = phases.flatMap((p) => p.weeks.filter((w) => signalOf(w.tickets, p.limits)));
    expect(flagged).toEqual([]);
  });
  test('without the split, the mixed mean of 25 (limits 10 to 40) flags weeks of both sides', () => {
    const [only] = phasedLimits(weeks, []);
    expect(only.limits).toMatchObject({ centre: 25, upper: 40, lower: 10 });
    expect(
      only.weeks.filter((w) => signalOf(w.tickets, only.limits)).map((w) => w.tickets),
    ).toEqual([44, 9]);
  });
  test('a phase with fewer than 4 full weeks has no limits', () => {
    const phases = phasedLimits(weeks, ['2026-02-16']);
    expect(phases.map((p) => p.limits === null)).toEqual([false, true]);
  });
});
