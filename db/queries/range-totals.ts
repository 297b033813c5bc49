import type { Db } from '../open';
import { rangeRows } from './periods';
import type { DayRange } from '@/lib/filters';
import type { Totals } from '@/lib/metrics';

export interface DepartmentTotals extends Totals {
  /** 0 for tickets with no originating department yet. */
  departmentKey: number;
}

const MEASURE_COLUMNS =
  'department_key, tickets, classified, recurrences, resolved, resolved_one_contact, resolved_with_contacts, contacts, handle_seconds, fix_cost_cents';

/** Additive totals of the tickets opened in the range, per originating department. */
export function getDepartmentTotals(db: Db, range: DayRange): DepartmentTotals[] {
  const rows = rangeRows('department_stats', MEASURE_COLUMNS, range);
  return db.$client
    .prepare(
      `SELECT s.department_key AS departmentKey,
              SUM(s.tickets) AS tickets,
              SUM(s.classified) AS classified,
              SUM(CASE WHEN d.is_upstream = 1 THEN s.classified ELSE 0 END) AS classifiedUpstream,
              SUM(s.recurrences) AS recurrences,
              SUM(s.resolved) AS resolved,
              SUM(s.resolved_one_contact) AS resolvedOneContact,
              SUM(s.resolved_with_contacts) AS resolvedWithContacts,
              SUM(s.contacts) AS contacts,
              SUM(s.handle_seconds) AS handleSeconds,
              SUM(s.fix_cost_cents) AS fixCostCents
       FROM ${rows.sql} s
       LEFT JOIN departments d ON d.id = s.department_key
       GROUP BY s.department_key`,
    )
    .all(...rows.params) as DepartmentTotals[];
}
