/**
 * Log-spaced buckets for resolution hours, so percentiles over any date range come from a few
 * thousand summary rows instead of every ticket.
 *
 * Scheme: bucket 0 holds everything under one minute; bucket i >= 1 holds
 * [MIN_HOURS * GAMMA^(i-1), MIN_HOURS * GAMMA^i). A bucket is reported by the value
 * 2·L·GAMMA/(GAMMA+1) (L its lower bound), which is within (GAMMA-1)/(GAMMA+1) = 0.99 % of every
 * value in it. So a nearest-rank percentile read from the histogram is within 1 % of the exact
 * nearest-rank percentile (lib/metrics.ts) for resolution times of a minute or more.
 */
export const MIN_HOURS = 1 / 60;
export const GAMMA = 1.02;
/** Ten years in the last bucket is plenty; longer times are clamped into it. */
export const MAX_BUCKET = Math.ceil(Math.log((10 * 8766) / MIN_HOURS) / Math.log(GAMMA)) + 1;
export const MAX_RELATIVE_ERROR = (GAMMA - 1) / (GAMMA + 1);

const LOG_GAMMA = Math.log(GAMMA);

export function bucketOf(hours: number): number {
  if (!(hours >= MIN_HOURS)) return 0;
  const bucket = Math.floor(Math.log(hours / MIN_HOURS) / LOG_GAMMA) + 1;
  return Math.min(bucket, MAX_BUCKET);
}

export function bucketValue(bucket: number): number {
  if (bucket <= 0) return MIN_HOURS;
  const lower = MIN_HOURS * GAMMA ** (bucket - 1);
  return (2 * lower * GAMMA) / (GAMMA + 1);
}

export interface BucketCount {
  bucket: number;
  count: number;
}

/**
 * Nearest-rank percentile (same definition as lib/metrics.ts `percentile`) of the values counted
 * in a histogram; null when it is empty. Buckets may repeat and come in any order.
 */
export function percentileFromHistogram(counts: readonly BucketCount[], p: number): number | null {
  const merged = new Map<number, number>();
  let total = 0;
  for (const { bucket, count } of counts) {
    merged.set(bucket, (merged.get(bucket) ?? 0) + count);
    total += count;
  }
  if (total === 0) return null;
  const rank = nearestRank(total, p);
  let seen = 0;
  for (const bucket of [...merged.keys()].sort((a, b) => a - b)) {
    seen += merged.get(bucket)!;
    if (seen >= rank) return bucketValue(bucket);
  }
  return bucketValue(MAX_BUCKET);
}

/** 1-based rank of the p-th percentile (0 < p <= 100) among n sorted values. */
export function nearestRank(n: number, p: number): number {
  return Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
}
