import { describe, expect, test } from 'vitest';
import {
  addEncoded,
  bucketOf,
  bucketValue,
  emptyHistogram,
  encodeHistogram,
  histogramOf,
  MAX_BUCKET,
  MAX_RELATIVE_ERROR,
  mergeHistograms,
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
    expect(percentileFromHistogram(emptyHistogram(), 50)).toBeNull();
  });
  test('hand-computed: 3 tickets at ~1 h and 1 at ~100 h', () => {
    const histogram = histogramOf([1, 1, 1, 100]);
    expect(percentileFromHistogram(histogram, 50)).toBeCloseTo(bucketValue(bucketOf(1)));
    expect(percentileFromHistogram(histogram, 75)).toBeCloseTo(bucketValue(bucketOf(1)));
    expect(percentileFromHistogram(histogram, 90)).toBeCloseTo(bucketValue(bucketOf(100)));
  });
  test('stays within 1 % of the exact value on a skewed sample', () => {
    // Deterministic log-normal-ish sample without a random generator.
    const values = Array.from(
      { length: 5000 },
      (_, i) => Math.exp(Math.sin(i * 12.9898) * 4) + 0.05,
    );
    const histogram = histogramOf(values);
    for (const p of [10, 50, 90, 99]) {
      const exact = percentile(values, p)!;
      const approx = percentileFromHistogram(histogram, p)!;
      expect(Math.abs(approx - exact) / exact).toBeLessThan(0.01);
    }
  });
});

describe('stored histograms', () => {
  test('encode keeps only the span of non-zero buckets and decodes to the same counts', () => {
    const histogram = histogramOf([0.5, 0.5, 1, 24]);
    const stored = encodeHistogram(histogram)!;
    expect(stored.byteLength).toBe(4 * (bucketOf(24) - bucketOf(0.5) + 2));
    const decoded = emptyHistogram();
    addEncoded(decoded, stored);
    expect(decoded).toEqual(histogram);
    addEncoded(decoded, stored, -1);
    expect(encodeHistogram(decoded)).toBeNull();
  });
  test('merging adds counts bucket by bucket', () => {
    const merged = mergeHistograms([histogramOf([1]), histogramOf([1, 2])]);
    expect(merged[bucketOf(1)]).toBe(2);
    expect(merged[bucketOf(2)]).toBe(1);
  });
});
