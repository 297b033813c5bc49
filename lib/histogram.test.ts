import { describe, expect, test } from 'vitest';
import {
  bucketOf,
  bucketValue,
  MAX_BUCKET,
  MAX_RELATIVE_ERROR,
  MIN_HOURS,
  percentileFromHistogram,
} from './histogram';
import { percentile } from './metrics';

describe('resolution-time buckets', () => {
  test('under a minute is bucket 0, one minute starts bucket 1', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(MIN_HOURS / 2)).toBe(0);
    expect(bucketOf(MIN_HOURS)).toBe(1);
  });
  test('very long times are clamped into the last bucket', () => {
    expect(bucketOf(1e9)).toBe(MAX_BUCKET);
  });
  test.each([0.02, 0.5, 1, 7.3, 24, 100, 500, 2000, 20000])(
    'the bucket of %f h reports a value within 1 %%',
    (hours) => {
      const reported = bucketValue(bucketOf(hours));
      expect(Math.abs(reported - hours) / hours).toBeLessThanOrEqual(MAX_RELATIVE_ERROR + 1e-12);
      expect(MAX_RELATIVE_ERROR).toBeLessThan(0.01);
    },
  );
});

describe('percentiles from a histogram', () => {
  test('empty histogram has no percentile', () => {
    expect(percentileFromHistogram([], 50)).toBeNull();
  });
  test('hand-computed: 3 tickets at ~1 h and 1 at ~100 h', () => {
    const counts = [
      { bucket: bucketOf(1), count: 3 },
      { bucket: bucketOf(100), count: 1 },
    ];
    expect(percentileFromHistogram(counts, 50)).toBeCloseTo(bucketValue(bucketOf(1)));
    expect(percentileFromHistogram(counts, 75)).toBeCloseTo(bucketValue(bucketOf(1)));
    expect(percentileFromHistogram(counts, 90)).toBeCloseTo(bucketValue(bucketOf(100)));
  });
  test('stays within 1 % of the exact value on a skewed sample', () => {
    // Deterministic log-normal-ish sample without a random generator.
    const values = Array.from(
      { length: 5000 },
      (_, i) => Math.exp(Math.sin(i * 12.9898) * 4) + 0.05,
    );
    const counts = values.map((v) => ({ bucket: bucketOf(v), count: 1 }));
    for (const p of [10, 50, 90, 99]) {
      const exact = percentile(values, p)!;
      const approx = percentileFromHistogram(counts, p)!;
      expect(Math.abs(approx - exact) / exact).toBeLessThan(0.01);
    }
  });
});
