import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';
import type { BucketCount } from '@/lib/histogram';
import { splitIntoMonths } from '@/lib/ranges';

export interface DepartmentBucketCount extends BucketCount {
  departmentKey: number;
}

/**
 * Resolution-time histogram of the tickets opened in the range, per department: whole months
 * from the month rows, the partial months at the ends from the day rows.
 */
export function getResolutionHistogram(db: Db, range: DayRange): DepartmentBucketCount[] {
  const { months, dayRanges } = splitIntoMonths(range);
  const parts: string[] = [];
  const params: number[] = [];
  if (months) {
    parts.push(`SELECT department_key, bucket, count FROM resolution_histogram
                WHERE period_kind = 'm' AND period BETWEEN ? AND ?`);
    params.push(months.from, months.to);
  }
  for (const days of dayRanges) {
    parts.push(`SELECT department_key, bucket, count FROM resolution_histogram
                WHERE period_kind = 'd' AND period BETWEEN ? AND ?`);
    params.push(days.fromDay, days.toDay);
  }
  return db.$client
    .prepare(
      `SELECT department_key AS departmentKey, bucket, SUM(count) AS count
       FROM (${parts.join(' UNION ALL ')})
       GROUP BY department_key, bucket`,
    )
    .all(...params) as DepartmentBucketCount[];
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
