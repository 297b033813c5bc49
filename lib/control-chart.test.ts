import { describe, expect, test } from 'vitest';
import { baselineOf, cChartLimits, signalOf } from './control-chart';

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
