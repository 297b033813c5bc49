/** ISO weeks as people write them, "2026-W47": Monday to Sunday, week 1 holds 4 January. */
import { dayOf, isoWeekStartDay } from './time';

const PATTERN = /^(\d{4})-W(\d{2})$/;

/** "2026-W47" of the week holding the day. */
export function isoWeekOf(day: number): string {
  const thursday = isoWeekStartDay(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - dayOf(Date.UTC(year, 0, 1))) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of "2026-W47"; null for anything that is not a real ISO week. */
export function isoWeekStart(week: string): number | null {
  const match = PATTERN.exec(week);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  if (number < 1) return null;
  const monday = isoWeekStartDay(dayOf(Date.UTC(year, 0, 4))) + (number - 1) * 7;
  // Week 53 exists only in some years: the week must come back as itself.
  return isoWeekOf(monday) === week ? monday : null;
}

/**
 * Where the week starting on that Monday stands on `today`: over (its Sunday is before today),
 * running (today is one of its days), or not started. Only a week that is over can be judged.
 */
export type WeekProgress = 'over' | 'running' | 'not started';

export function weekProgress(weekStartDay: number, today: number): WeekProgress {
  if (weekStartDay > today) return 'not started';
  return weekStartDay + 6 < today ? 'over' : 'running';
}

/** The last week that has ended by this day (its Sunday is before the day). */
export function lastCompleteWeek(today: number): string {
  return isoWeekOf(isoWeekStartDay(today) - 7);
}
