import { describe, expect, test } from 'vitest';
import { binomialCdf, judgeFix, rateDecreasePValue } from './effectiveness';

describe('the binomial tail', () => {
  test.each([
    // P(X <= 0 | n=4, p=1/2) = 1/16; P(X <= 1) = 5/16; P(X <= 2) = 11/16.
    [0, 4, 0.5, 1 / 16],
    [1, 4, 0.5, 5 / 16],
    [2, 4, 0.5, 11 / 16],
    [4, 4, 0.5, 1],
    [-1, 4, 0.5, 0],
    // P(X <= 1 | n=3, p=0.2) = 0.8^3 + 3 * 0.2 * 0.8^2 = 0.896.
    [1, 3, 0.2, 0.896],
  ])('P(X <= %i | n=%i, p=%s) = %s', (x, n, p, expected) => {
    expect(binomialCdf(x, n, p)).toBeCloseTo(expected, 12);
  });
  test('large counts stay a probability', () => {
    const p = binomialCdf(400, 1000, 0.5);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-9);
  });
});

describe('a fall in a Poisson rate', () => {
  test.each([
    // 20 before, 5 after: P(X <= 5 | n=25, 1/2) = 0.00204 (sum of C(25,k) for k<=5, over 2^25).
    [20, 5, 0.0020386],
    [10, 10, 0.5880985],
    // Zero before and after: nothing to test.
    [0, 0, 1],
    // Zero after: P(X = 0 | n=12) = 1/4096.
    [12, 0, 1 / 4096],
    // Zero before: no fall at all.
    [0, 7, 1],
  ])('%i before, %i after: p = %s', (before, after, p) => {
    expect(rateDecreasePValue(before, after)).toBeCloseTo(p, 6);
  });
  test('unequal windows: a third of the time after expects a third of the tickets', () => {
    // 9 tickets, 3 of them in the shorter window: exactly what equal rates predict, p > 1/2.
    expect(rateDecreasePValue(6, 3, 2, 1)).toBeGreaterThan(0.5);
  });
});

describe('the verdict on a fix', () => {
  const counts = (tickets: number, classified = tickets, recurrences = 0) => ({
    tickets,
    classified,
    recurrences,
  });
  test('a clear fall after the whole window: effective, with the rates', () => {
    const result = judgeFix({
      weeks: 8,
      weeksAfterSoFar: 8,
      before: counts(80, 80, 16),
      after: counts(20, 20, 2),
    });
    expect(result).toMatchObject({
      verdict: 'effective',
      rateBefore: 10,
      rateAfter: 2.5,
      recurrenceBefore: 0.2,
      recurrenceAfter: 0.1,
    });
    expect(result.pValue).toBeLessThan(0.001);
  });
  test('no fall: not effective', () => {
    const result = judgeFix({
      weeks: 8,
      weeksAfterSoFar: 12,
      before: counts(40),
      after: counts(38),
    });
    expect(result.verdict).toBe('not effective');
    expect(result.because).toContain('no fall beyond chance');
  });
  test('a fix done last week: not yet clear, however the counts look', () => {
    const result = judgeFix({ weeks: 8, weeksAfterSoFar: 1, before: counts(80), after: counts(0) });
    expect(result).toMatchObject({ verdict: 'not yet clear', pValue: null });
    expect(result.because).toBe('only 1 of the 8 weeks after the fix have passed');
  });
  test('zero tickets before and after: not yet clear, too few', () => {
    const result = judgeFix({ weeks: 8, weeksAfterSoFar: 8, before: counts(0), after: counts(0) });
    expect(result).toMatchObject({
      verdict: 'not yet clear',
      recurrenceBefore: null,
      recurrenceAfter: null,
    });
    expect(result.because).toContain('too few');
  });
  test('zero after, enough before: effective', () => {
    expect(
      judgeFix({ weeks: 8, weeksAfterSoFar: 9, before: counts(12), after: counts(0) }).verdict,
    ).toBe('effective');
  });
});
