import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';
import { BACKLOG_BANDS } from '@/lib/department';
import { dayOf, MS_PER_DAY } from '@/lib/time';

/** SQL CASE giving the band of BACKLOG_BANDS an age in whole days falls in. */
const bandCase = `CASE ${BACKLOG_BANDS.slice(0, -1)
  .map((b, i) => `WHEN :today - opened_at / ${MS_PER_DAY} < ${b.upperDays} THEN ${i}`)
  .join(' ')} ELSE ${BACKLOG_BANDS.length - 1} END`;

/**
 * Open tickets of one department opened in the range, counted per age band as of the day of
 * `nowMs` (ages in whole days: lib/department.ts). Open
 * tickets are few: the partial index on open tickets finds them, and `+department_id` keeps the
 * planner from walking every department ticket in the range instead.
 */
export function getOpenBacklogByAge(
  db: Db,
  range: DayRange,
  departmentId: number,
  nowMs: number,
): { band: number; tickets: number }[] {
  return db.$client
    .prepare(
      `SELECT ${bandCase} AS band, COUNT(*) AS tickets
       FROM tickets
       WHERE resolved_at IS NULL AND opened_at >= :from AND opened_at < :to
         AND +department_id = :department
       GROUP BY band`,
    )
    .all({
      today: dayOf(nowMs),
      from: range.fromDay * MS_PER_DAY,
      to: (range.toDay + 1) * MS_PER_DAY,
      department: departmentId,
    }) as { band: number; tickets: number }[];
}
