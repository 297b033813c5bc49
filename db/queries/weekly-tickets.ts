import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';

export interface WeeklyDepartmentCount {
  /** Day number of the ISO week's Monday. */
  weekStartDay: number;
  departmentKey: number;
  tickets: number;
}

/** Tickets opened per ISO week and originating department (weeks cross months: day rows). */
export function getWeeklyTickets(db: Db, range: DayRange): WeeklyDepartmentCount[] {
  return db.$client
    .prepare(
      `SELECT period - ((period + 3) % 7) AS weekStartDay, department_key AS departmentKey,
              SUM(tickets) AS tickets
       FROM department_stats
       WHERE period_kind = 'd' AND period BETWEEN ? AND ?
       GROUP BY weekStartDay, department_key
       ORDER BY weekStartDay, department_key`,
    )
    .all(range.fromDay, range.toDay) as WeeklyDepartmentCount[];
}
