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

/** Dense bucket counts: index = bucket. */
export type Histogram = Int32Array;
export const BUCKET_COUNT = MAX_BUCKET + 1;

export function emptyHistogram(): Histogram {
  return new Int32Array(BUCKET_COUNT);
}

const HISTOGRAMS_PER_BLOCK = 64;

/**
 * Hands out empty histograms cut from shared blocks, for code that makes thousands: a typed
 * array with a buffer of its own (3 kB) costs more to allocate than to fill, and the garbage
 * collector tracks each buffer. `reset` takes them all back for reuse: fresh blocks cost page
 * faults, which at a million seeded tickets took 0.2 s of the summing-up.
 */
export class HistogramPool {
  private readonly blocks: Int32Array[] = [];
  /** The block histograms are cut from now, and how much of it is handed out. */
  private current = -1;
  private used = 0;

  take(): Histogram {
    if (this.current < 0 || this.used === this.blocks[this.current].length) {
      this.current++;
      if (this.current === this.blocks.length) {
        this.blocks.push(new Int32Array(BUCKET_COUNT * HISTOGRAMS_PER_BLOCK));
      }
      this.used = 0;
    }
    this.used += BUCKET_COUNT;
    return this.blocks[this.current].subarray(this.used - BUCKET_COUNT, this.used);
  }

  /** Empties every histogram handed out and takes them back: none of them may be used after. */
  reset(): void {
    for (let b = 0; b < this.current; b++) this.blocks[b].fill(0);
    if (this.current >= 0) this.blocks[this.current].fill(0, 0, this.used);
    this.current = -1;
    this.used = 0;
  }
}

/**
 * Stored form: little-endian int32 of the first non-zero bucket, then the int32 counts up to the
 * last non-zero one. null when every count is zero (the row is then deleted).
 */
export function encodeHistogram(histogram: Histogram): Buffer | null {
  let first = 0;
  while (first < histogram.length && histogram[first] === 0) first++;
  if (first === histogram.length) return null;
  let last = histogram.length - 1;
  while (histogram[last] === 0) last--;
  const buffer = Buffer.alloc(4 * (last - first + 2));
  // A DataView's writes compile to plain stores; Buffer.writeInt32LE checks every call.
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  view.setInt32(0, first, true);
  for (let b = first; b <= last; b++) view.setInt32(4 * (b - first + 1), histogram[b], true);
  return buffer;
}

/** Adds a stored histogram into a dense one (sign -1 subtracts). */
export function addEncoded(target: Histogram, stored: Uint8Array, sign: 1 | -1 = 1): void {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  const first = view.getInt32(0, true);
  const n = stored.byteLength / 4 - 1;
  for (let i = 0; i < n; i++) target[first + i] += sign * view.getInt32(4 * (i + 1), true);
}

/** Nearest-rank percentile (same definition as lib/metrics.ts `percentile`); null when empty. */
export function percentileFromHistogram(histogram: Histogram, p: number): number | null {
  let total = 0;
  for (let b = 0; b < histogram.length; b++) total += histogram[b];
  if (total === 0) return null;
  const rank = nearestRank(total, p);
  let seen = 0;
  for (let b = 0; b < histogram.length; b++) {
    seen += histogram[b];
    if (seen >= rank) return bucketValue(b);
  }
  return bucketValue(MAX_BUCKET);
}

/** Sum of several histograms. */
export function mergeHistograms(histograms: Iterable<Histogram>): Histogram {
  const merged = emptyHistogram();
  for (const h of histograms) addHistogram(merged, h);
  return merged;
}

/** Adds `source`'s counts into `target`, bucket by bucket. */
export function addHistogram(target: Histogram, source: Histogram): void {
  for (let b = 0; b < source.length; b++) target[b] += source[b];
}

/** Builds a dense histogram from resolution hours (for tests and the exact path). */
export function histogramOf(hours: Iterable<number>): Histogram {
  const histogram = emptyHistogram();
  for (const h of hours) histogram[bucketOf(h)] += 1;
  return histogram;
}

/** 1-based rank of the p-th percentile (0 < p <= 100) among n sorted values. */
export function nearestRank(n: number, p: number): number {
  return Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
}
