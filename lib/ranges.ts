/**
 * Splits a day range into whole calendar months and the partial months at its ends, so that the
 * resolution histogram is read from month rows where it can and day rows only at the edges.
 */
import type { DayRange } from './filters';
import { monthFirstDay, monthLastDay, monthOf } from './time';

export interface RangeParts {
  /** Inclusive month indexes (year*12+month-1); null when the range holds no whole month. */
  months: { from: number; to: number } | null;
  /** Day ranges not covered by the months (at most two). */
  dayRanges: DayRange[];
}

export function splitIntoMonths({ fromDay, toDay }: DayRange): RangeParts {
  let firstMonth = monthOf(fromDay);
  if (monthFirstDay(firstMonth) < fromDay) firstMonth += 1;
  let lastMonth = monthOf(toDay);
  if (monthLastDay(lastMonth) > toDay) lastMonth -= 1;
  if (firstMonth > lastMonth) return { months: null, dayRanges: [{ fromDay, toDay }] };
  const dayRanges: DayRange[] = [];
  if (fromDay < monthFirstDay(firstMonth)) {
    dayRanges.push({ fromDay, toDay: monthFirstDay(firstMonth) - 1 });
  }
  if (toDay > monthLastDay(lastMonth))
    dayRanges.push({ fromDay: monthLastDay(lastMonth) + 1, toDay });
  return { months: { from: firstMonth, to: lastMonth }, dayRanges };
}
