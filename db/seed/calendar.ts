/**
 * When demo tickets happen: the 24-month span ending at --end, the daily volume (weekly rhythm,
 * growth, holidays, day-to-day noise), the hour of day, and the dates of the planted stories.
 */
import { dayOf, dayStartMs, isoToDay, isoWeekStartDay, MS_PER_DAY } from '@/lib/time';
import { Rng } from './random';
import {
  AFTER_FIX_RATE_FACTOR,
  NO_EFFECT_DONE_WEEKS_BEFORE_END,
  SPIKE_ENDS_WEEKS_BEFORE_END,
  SPIKE_RATE_FACTOR,
  SPIKE_WEEKS,
} from './taxonomy';

export const SPAN_MONTHS = 24;

/**
 * The days [startDay, endDay) that hold tickets. The snapshot instant is --end at 00:00 UTC
 * (endMs): nothing is opened, contacted or resolved at or after it, so a demo seeded "today"
 * never shows times later than the moment it was made.
 */
export interface SeedSpan {
  startDay: number;
  endDay: number;
  startMs: number;
  endMs: number;
}

export function seedSpan(endIso: string): SeedSpan {
  const endDay = isoToDay(endIso);
  if (Number.isNaN(endDay)) throw new Error(`End date "${endIso}" is not a YYYY-MM-DD date`);
  const end = new Date(dayStartMs(endDay));
  const startDay = dayOf(
    Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - SPAN_MONTHS, end.getUTCDate()),
  );
  return { startDay, endDay, startMs: dayStartMs(startDay), endMs: dayStartMs(endDay) };
}

/** Day numbers of the planted stories; every boundary is a Monday, so ISO weeks see it whole. */
export interface StoryDates {
  /** First day of the transposed-part-number spike. */
  spikeStartDay: number;
  /** First day after the spike: the day its corrective action was done (at 00:00 UTC). */
  spikeEndDay: number;
  /** The day the warehouse's ineffective action was done (at 00:00 UTC). */
  noEffectDoneDay: number;
}

export function storyDates(endDay: number): StoryDates {
  const endWeek = isoWeekStartDay(endDay);
  const spikeEndDay = endWeek - SPIKE_ENDS_WEEKS_BEFORE_END * 7;
  return {
    spikeStartDay: spikeEndDay - SPIKE_WEEKS * 7,
    spikeEndDay,
    noEffectDoneDay: endWeek - NO_EFFECT_DONE_WEEKS_BEFORE_END * 7,
  };
}

/** Phase of the spike story on a day: the spike cause's rate factor differs per phase. */
export const PHASES = ['before', 'spike', 'after'] as const;
export type Phase = (typeof PHASES)[number];

export function phaseOf(day: number, dates: StoryDates): Phase {
  if (day < dates.spikeStartDay) return 'before';
  return day < dates.spikeEndDay ? 'spike' : 'after';
}

export const SPIKE_FACTOR_BY_PHASE: Record<Phase, number> = {
  before: 1,
  spike: SPIKE_RATE_FACTOR,
  after: AFTER_FIX_RATE_FACTOR,
};

/** Monday first: a B2B contact center is busiest early in the week and quiet at weekends. */
const WEEKDAY_FACTOR = [1.12, 1.08, 1.04, 1.0, 0.92, 0.3, 0.2];
const GROWTH_PER_YEAR = 0.12;
const DAILY_NOISE_SIGMA = 0.06;

/** ISO weekday index, Monday = 0 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function holidayFactor(day: number): number {
  const date = new Date(dayStartMs(day));
  const key = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  if (key === 1225 || key === 1226 || key === 101) return 0.3;
  if (key === 1224 || key === 1231) return 0.6;
  return 1;
}

/**
 * Relative ticket volume of each day of the span, before the cause mix: weekly rhythm, mild
 * growth, holidays and some day-to-day noise.
 */
export function dailyVolume(span: SeedSpan, rng: Rng): Float64Array {
  const days = span.endDay - span.startDay;
  const volume = new Float64Array(days);
  for (let i = 0; i < days; i++) {
    const day = span.startDay + i;
    volume[i] =
      WEEKDAY_FACTOR[weekdayOf(day)] *
      (1 + (GROWTH_PER_YEAR * i) / 365) *
      holidayFactor(day) *
      rng.logNormal(1, DAILY_NOISE_SIGMA);
  }
  return volume;
}

/** Tickets by hour of day (UTC): office hours with a lunch dip, a trickle at night. */
export const HOUR_WEIGHTS = [
  0.2, 0.15, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.4, 3.2, 3.4, 3.1, 2.5, 2.9, 3.1, 2.9, 2.5, 1.9, 1.3,
  0.9, 0.7, 0.5, 0.4, 0.3,
];

/**
 * Chance that a ticket is still unclassified at the snapshot: a steady share that triage never
 * got to, plus the triage backlog of the last weeks.
 */
export function unclassifiedChance(openedAt: number, endMs: number): number {
  const ageDays = (endMs - openedAt) / MS_PER_DAY;
  return 0.095 + 0.55 * Math.exp(-ageDays / 6);
}

/** Saturdays and Sundays move to the next Monday: customers chase a repeat problem on workdays. */
export function nextWorkday(day: number): number {
  const weekday = weekdayOf(day);
  return weekday >= 5 ? day + (7 - weekday) : day;
}
