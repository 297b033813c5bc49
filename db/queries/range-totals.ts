import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';
import type { Totals } from '@/lib/metrics';

export interface DepartmentTotals extends Totals {
  /** 0 for tickets with no originating department yet. */
  departmentKey: number;
}

/** Additive totals of the tickets opened in the range, per originating department. */
export function getDepartmentTotals(db: Db, range: DayRange): DepartmentTotals[] {
  return db.$client
    .prepare(
      `SELECT s.department_key AS departmentKey,
              SUM(s.tickets) AS tickets,
              SUM(s.classified) AS classified,
              SUM(CASE WHEN d.is_upstream = 1 THEN s.classified ELSE 0 END) AS classifiedUpstream,
              SUM(s.recurrences) AS recurrences,
              SUM(s.resolved) AS resolved,
              SUM(s.resolved_one_contact) AS resolvedOneContact,
              SUM(s.contacts) AS contacts,
              SUM(s.handle_seconds) AS handleSeconds,
              SUM(s.fix_cost_cents) AS fixCostCents
       FROM daily_department_stats s
       LEFT JOIN departments d ON d.id = s.department_key
       WHERE s.day BETWEEN ? AND ?
       GROUP BY s.department_key`,
    )
    .all(range.fromDay, range.toDay) as DepartmentTotals[];
}
