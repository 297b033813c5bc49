/**
 * Calendar arithmetic on UTC "day numbers" (whole days since 1970-01-01), the unit of every
 * summary table. Weeks are ISO weeks (Monday start), per DESIGN.md.
 */
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/**
 * The times a ticket or contact may have. Helpdesk tickets before 1990 are typing errors, and
 * the summary tables' keys end in the year 2149 (db/queries/summaries.ts): a ticket outside
 * the years 1990-2099 is refused where it comes in, with the range in the error.
 */
export const TICKET_YEARS = { first: 1990, last: 2099 } as const;
const FIRST_TICKET_MS = Date.UTC(TICKET_YEARS.first, 0, 1);
const AFTER_LAST_TICKET_MS = Date.UTC(TICKET_YEARS.last + 1, 0, 1);

export function isTicketTime(ms: number): boolean {
  return ms >= FIRST_TICKET_MS && ms < AFTER_LAST_TICKET_MS;
}

export const TICKET_TIME_ERROR = `must lie in the years ${TICKET_YEARS.first}-${TICKET_YEARS.last}`;

export function dayOf(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

export function dayStartMs(day: number): number {
  return day * MS_PER_DAY;
}

/** 'YYYY-MM-DD' of a day number. */
export function dayToIso(day: number): string {
  return new Date(dayStartMs(day)).toISOString().slice(0, 10);
}

/** Day number of a 'YYYY-MM-DD' string; NaN when it is not a real calendar date. */
export function isoToDay(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return NaN;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) return NaN;
  return dayOf(ms);
}

/** Monday of the ISO week containing the day (1970-01-01 was a Thursday). */
export function isoWeekStartDay(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Calendar month index year*12 + (month-1) of a day number. */
export function monthOf(day: number): number {
  const d = new Date(dayStartMs(day));
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthFirstDay(month: number): number {
  return dayOf(Date.UTC(Math.floor(month / 12), month % 12, 1));
}

export function monthLastDay(month: number): number {
  return monthFirstDay(month + 1) - 1;
}
