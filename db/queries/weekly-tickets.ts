import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';

export interface WeeklyDepartmentCount {
  /** Day number of the ISO week's Monday. */
  weekStartDay: number;
  departmentKey: number;
  tickets: number;
  /** Days of that week inside the range (under 7 for a partial first or last week). */
  days: number;
}

/** Tickets opened per ISO week and originating department. */
export function getWeeklyTickets(db: Db, range: DayRange): WeeklyDepartmentCount[] {
  return db.$client
    .prepare(
      `SELECT day - ((day + 3) % 7) AS weekStartDay, department_key AS departmentKey,
              SUM(tickets) AS tickets,
              MIN(@toDay, day - ((day + 3) % 7) + 6) - MAX(@fromDay, day - ((day + 3) % 7)) + 1 AS days
       FROM daily_department_stats
       WHERE day BETWEEN @fromDay AND @toDay
       GROUP BY weekStartDay, department_key
       ORDER BY weekStartDay, department_key`,
    )
    .all({ fromDay: range.fromDay, toDay: range.toDay }) as WeeklyDepartmentCount[];
}
