import type { Db } from '../open';
import { rangeRows } from './periods';
import { ALL_CAUSES } from './summaries';
import type { DayRange } from '@/lib/filters';
import { addEncoded, emptyHistogram, type Histogram } from '@/lib/histogram';

/**
 * Resolution-time histograms of the tickets opened in the range, keyed by department key
 * (`by: 'department'`) or by cause key (`by: 'cause'`, optionally of one department only).
 */
export function getResolutionHistograms(
  db: Db,
  range: DayRange,
  by: 'department' | 'cause' = 'department',
  departmentId?: number,
): Map<number, Histogram> {
  const rows = rangeRows('resolution_histogram', 'department_key, cause_key, counts', range);
  const conditions = [by === 'department' ? 'cause_key = ?' : 'cause_key <> ?'];
  const params: number[] = [ALL_CAUSES];
  if (departmentId !== undefined) {
    conditions.push('department_key = ?');
    params.push(departmentId);
  }
  const stored = db.$client
    .prepare(
      `SELECT ${by === 'department' ? 'department_key' : 'cause_key'}, counts FROM ${rows.sql}
       WHERE ${conditions.join(' AND ')}`,
    )
    .raw()
    .all(...rows.params, ...params) as [number, Buffer][];
  const histograms = new Map<number, Histogram>();
  for (const [key, counts] of stored) {
    let histogram = histograms.get(key);
    if (!histogram) {
      histogram = emptyHistogram();
      histograms.set(key, histogram);
    }
    addEncoded(histogram, counts);
  }
  return histograms;
}

/**
 * The exact path: resolution hours of every resolved ticket opened in the range, for small ranges
 * and for tests that hold the histogram to its 1 % bound.
 */
export function getResolutionHoursExact(db: Db, range: DayRange): number[] {
  const rows = db.$client
    .prepare(
      `SELECT (resolved_at - opened_at) / 3600000.0 AS hours FROM tickets
       WHERE opened_at >= ? AND opened_at < ? AND resolved_at IS NOT NULL`,
    )
    .all(range.fromDay * 86_400_000, (range.toDay + 1) * 86_400_000) as { hours: number }[];
  return rows.map((r) => r.hours);
}
