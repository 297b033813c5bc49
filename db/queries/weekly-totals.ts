import type { Db } from '../open';
import { type TicketScope } from './scope';
import type { DayRange } from '@/lib/filters';
import type { DepartmentWeekRow } from '@/lib/department';

/**
 * One department's or cause's tickets, classified tickets and recurrences per ISO week of opening
 * (weeks cross months: day rows of department_stats or cause_stats, an index range each).
 */
export function getWeeklyTotals(db: Db, range: DayRange, scope: TicketScope): DepartmentWeekRow[] {
  const [table, key, id] =
    'causeId' in scope
      ? ['cause_stats', 'cause_key', scope.causeId]
      : ['department_stats', 'department_key', scope.departmentId];
  return db.$client
    .prepare(
      `SELECT period - ((period + 3) % 7) AS weekStartDay, SUM(tickets) AS tickets,
              SUM(classified) AS classified, SUM(recurrences) AS recurrences
       FROM ${table}
       WHERE ${key} = ? AND period_kind = 'd' AND period BETWEEN ? AND ?
       GROUP BY weekStartDay
       ORDER BY weekStartDay`,
    )
    .all(id, range.fromDay, range.toDay) as DepartmentWeekRow[];
}
