import type { Db } from '../open';
import { rangeRows } from './periods';
import type { DayRange } from '@/lib/filters';
import type { Totals } from '@/lib/metrics';

export interface CauseTotals extends Totals {
  /** 0 for the department's tickets without a root cause (department set by hand). */
  causeKey: number;
  /** null for cause key 0. */
  causeName: string | null;
}

/** Additive totals of one department's tickets opened in the range, per root cause. */
export function getCauseTotals(db: Db, range: DayRange, departmentId: number): CauseTotals[] {
  const rows = rangeRows(
    'cause_stats',
    'department_key, cause_key, tickets, classified, recurrences, resolved, resolved_one_contact, resolved_with_contacts, contacts, handle_seconds, fix_cost_cents',
    range,
  );
  return db.$client
    .prepare(
      `SELECT s.cause_key AS causeKey, c.name AS causeName,
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
       JOIN departments d ON d.id = s.department_key
       LEFT JOIN root_causes c ON c.id = s.cause_key
       WHERE s.department_key = ?
       GROUP BY s.cause_key
       ORDER BY tickets DESC, causeName`,
    )
    .all(...rows.params, departmentId) as CauseTotals[];
}
