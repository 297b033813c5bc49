import type { DayRange } from '@/lib/filters';
import { splitIntoMonths } from '@/lib/ranges';

/**
 * A subquery over a summary table restricted to a day range: its whole months from the month
 * rows, its partial months from the day rows. Each part is an index range on the primary key.
 */
export function rangeRows(
  table: 'department_stats' | 'cause_stats' | 'resolution_histogram',
  columns: string,
  range: DayRange,
): { sql: string; params: number[] } {
  const { months, dayRanges } = splitIntoMonths(range);
  const parts: { kind: 'm' | 'd'; from: number; to: number }[] = [
    ...(months ? [{ kind: 'm' as const, ...months }] : []),
    ...dayRanges.map((d) => ({ kind: 'd' as const, from: d.fromDay, to: d.toDay })),
  ];
  return {
    sql: `(${parts
      .map(
        (p) =>
          `SELECT ${columns} FROM ${table} WHERE period_kind = '${p.kind}' AND period BETWEEN ? AND ?`,
      )
      .join(' UNION ALL ')})`,
    params: parts.flatMap((p) => [p.from, p.to]),
  };
}
