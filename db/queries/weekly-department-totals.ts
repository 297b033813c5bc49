import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';
import type { DepartmentWeekRow } from '@/lib/department';

/**
 * One department's tickets, classified tickets and recurrences per ISO week of opening (weeks
 * cross months: day rows of department_stats, an index range on its primary key).
 */
export function getWeeklyDepartmentTotals(
  db: Db,
  range: DayRange,
  departmentId: number,
): DepartmentWeekRow[] {
  return db.$client
    .prepare(
      `SELECT period - ((period + 3) % 7) AS weekStartDay, SUM(tickets) AS tickets,
              SUM(classified) AS classified, SUM(recurrences) AS recurrences
       FROM department_stats
       WHERE period_kind = 'd' AND period BETWEEN ? AND ? AND department_key = ?
       GROUP BY weekStartDay
       ORDER BY weekStartDay`,
    )
    .all(range.fromDay, range.toDay, departmentId) as DepartmentWeekRow[];
}
