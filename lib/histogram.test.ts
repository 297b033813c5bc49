import { describe, expect, test } from 'vitest';
import {
  addEncoded,
  bucketOf,
  bucketValue,
  BUCKET_COUNT,
  emptyHistogram,
  encodeHistogram,
  HistogramPool,
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
  test('the stored form is little-endian: first bucket, then the counts up to the last', () => {
    const histogram = emptyHistogram();
    histogram[3] = 1;
    histogram[5] = 258;
    expect([...encodeHistogram(histogram)!]).toEqual([
      3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0,
    ]);
  });
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

describe('HistogramPool', () => {
  test('hands out empty, separate histograms, also across its blocks', () => {
    const pool = new HistogramPool();
    const histograms = Array.from({ length: 150 }, () => pool.take());
    histograms.forEach((h, i) => {
      expect(h).toHaveLength(BUCKET_COUNT);
      expect(h.every((c) => c === 0)).toBe(true);
      h[0] = i;
      h[BUCKET_COUNT - 1] = i + 1;
    });
    histograms.forEach((h, i) => {
      expect(h[0]).toBe(i);
      expect(h[BUCKET_COUNT - 1]).toBe(i + 1);
      expect(h.subarray(1, -1).every((c) => c === 0)).toBe(true);
    });
  });

  test('reset empties what it handed out and hands the same memory out again', () => {
    const pool = new HistogramPool();
    const before = Array.from({ length: 100 }, () => pool.take());
    before.forEach((h, i) => h.fill(i + 1));
    pool.reset();
    const after = Array.from({ length: 100 }, () => pool.take());
    after.forEach((h, i) => {
      expect(h.every((c) => c === 0)).toBe(true);
      expect(h.buffer).toBe(before[i].buffer);
      expect(h.byteOffset).toBe(before[i].byteOffset);
    });
  });
});
