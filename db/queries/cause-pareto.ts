import type { Db } from '../open';
import { rangeRows } from './periods';
import type { DayRange } from '@/lib/filters';

export interface CauseCount {
  causeId: number;
  causeName: string;
  departmentId: number;
  departmentSlug: string;
  departmentName: string;
  tickets: number;
  recurrences: number;
}

/** Classified tickets opened in the range per root cause, most frequent first. */
export function getCauseCounts(db: Db, range: DayRange): CauseCount[] {
  const rows = rangeRows('cause_stats', 'cause_key, tickets, recurrences', range);
  return db.$client
    .prepare(
      `SELECT s.cause_key AS causeId, c.name AS causeName, d.id AS departmentId,
              d.slug AS departmentSlug, d.name AS departmentName,
              SUM(s.tickets) AS tickets, SUM(s.recurrences) AS recurrences
       FROM ${rows.sql} s
       JOIN root_causes c ON c.id = s.cause_key
       JOIN departments d ON d.id = c.department_id
       WHERE s.cause_key <> 0
       GROUP BY s.cause_key
       ORDER BY tickets DESC, causeName`,
    )
    .all(...rows.params) as CauseCount[];
}
