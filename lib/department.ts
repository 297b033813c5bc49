/**
 * Assembles a department page's figures from the rows its queries return. Pure, like
 * lib/overview.ts, so the bands, the weekly series and the scatter are tested without a database.
 */
import { bucketValue, percentileFromHistogram, type Histogram } from './histogram';
import type { DayRange } from './filters';
import { averageHandleSeconds, recurrenceRate } from './metrics';
import { dayToIso, isoWeekStartDay } from './time';

// ---------------------------------------------------------------------------------------------
// Resolution-time distribution

export interface ResolutionBandDefinition {
  label: string;
  /** Exclusive upper bound in hours; the last band has none. */
  upperHours: number;
}

/** Readable bands over the fine log buckets: hours, then days, then weeks. */
export const RESOLUTION_BANDS: readonly ResolutionBandDefinition[] = [
  { label: '< 4 h', upperHours: 4 },
  { label: '4–8 h', upperHours: 8 },
  { label: '8–24 h', upperHours: 24 },
  { label: '1–2 d', upperHours: 48 },
  { label: '2–4 d', upperHours: 96 },
  { label: '4–7 d', upperHours: 168 },
  { label: '1–2 w', upperHours: 336 },
  { label: '2–4 w', upperHours: 672 },
  { label: '> 4 w', upperHours: Infinity },
];

export interface ResolutionBand {
  label: string;
  /** Band index, and its centre on the chart's 0..bands axis. */
  index: number;
  center: number;
  tickets: number;
  share: number;
}

function bandIndexOf(hours: number): number {
  const i = RESOLUTION_BANDS.findIndex((b) => hours < b.upperHours);
  return i === -1 ? RESOLUTION_BANDS.length - 1 : i;
}

/**
 * Ticket counts per band. A log bucket goes to the band of its reported value (lib/histogram.ts),
 * so a time within 1 % of a band edge may be counted in the neighbouring band: the same 1 % the
 * percentiles allow.
 */
export function resolutionBands(histogram: Histogram): ResolutionBand[] {
  const counts = RESOLUTION_BANDS.map(() => 0);
  let total = 0;
  for (let b = 0; b < histogram.length; b++) {
    if (histogram[b] === 0) continue;
    counts[bandIndexOf(bucketValue(b))] += histogram[b];
    total += histogram[b];
  }
  return RESOLUTION_BANDS.map((band, index) => ({
    label: band.label,
    index,
    center: index + 0.5,
    tickets: counts[index],
    share: total === 0 ? 0 : counts[index] / total,
  }));
}

/**
 * Where a time falls on the band axis (band i spans [i, i + 1]): linear inside the first band,
 * logarithmic inside the others (their edges double or so), and the open last band read as if it
 * ended at twice its lower edge. So a p50 marker sits inside the bar it belongs to.
 */
export function bandPosition(hours: number): number {
  const i = bandIndexOf(hours);
  const upper = RESOLUTION_BANDS[i].upperHours;
  if (i === 0) return Math.max(0, hours / upper);
  const lower = RESOLUTION_BANDS[i - 1].upperHours;
  const top = Number.isFinite(upper) ? upper : lower * 2;
  const fraction = Math.log(hours / lower) / Math.log(top / lower);
  return i + Math.min(0.98, Math.max(0, fraction));
}

// ---------------------------------------------------------------------------------------------
// Weekly tickets and recurrence

export interface DepartmentWeekRow {
  weekStartDay: number;
  tickets: number;
  classified: number;
  recurrences: number;
}

export interface DepartmentWeek {
  weekStart: string;
  /** Days of the week inside the range: under 7 marks a partial week. */
  days: number;
  tickets: number;
  recurrences: number;
  /** Recurrences / classified tickets of the week; null without a classified ticket. */
  recurrenceRate: number | null;
}

/** One point per ISO week touching the range, empty weeks included (as in `weeklySeries`). */
export function departmentWeeks(
  rows: readonly DepartmentWeekRow[],
  range: DayRange,
): DepartmentWeek[] {
  const byWeek = new Map(rows.map((r) => [r.weekStartDay, r]));
  const weeks: DepartmentWeek[] = [];
  for (let start = isoWeekStartDay(range.fromDay); start <= range.toDay; start += 7) {
    const row = byWeek.get(start);
    weeks.push({
      weekStart: dayToIso(start),
      days: Math.min(range.toDay, start + 6) - Math.max(range.fromDay, start) + 1,
      tickets: row?.tickets ?? 0,
      recurrences: row?.recurrences ?? 0,
      recurrenceRate: recurrenceRate(row?.recurrences ?? 0, row?.classified ?? 0),
    });
  }
  return weeks;
}

// ---------------------------------------------------------------------------------------------
// Causes: call time against time to fix

export interface CauseFigures {
  causeId: number;
  causeName: string;
  tickets: number;
  contacts: number;
  handleSeconds: number;
  histogram: Histogram | undefined;
}

export interface CausePoint {
  causeId: number;
  causeName: string;
  tickets: number;
  ahtMinutes: number;
  medianHours: number;
}

export interface CauseScatter {
  points: CausePoint[];
  /** The dividing lines: the department's own AHT (minutes) and median resolution (hours). */
  ahtMinutes: number | null;
  medianHours: number | null;
  /**
   * Where the short-call, slow-fix corner begins: AHT at most `maxAhtMinutes` and median
   * resolution at least `minMedianHours`; null without the department's figures.
   */
  corner: { maxAhtMinutes: number; minMedianHours: number } | null;
  /** Shorter calls than the department but slower fixes, largest first: call time misleads here. */
  shortCallSlowFix: CausePoint[];
}

/**
 * Below this many tickets a cause's median is noise; it is still drawn, but not named in the
 * caption.
 */
export const MIN_TICKETS_TO_NAME = 10;

/**
 * How far a cause must be from the department on both axes to be named: calls at least 10 %
 * shorter and fixes at least 10 % slower. Causes of one department mostly sit within a few
 * percent of it (6.0 against 6.1 minutes); naming those would send a lead after noise, while the
 * gap that matters (calls half as long, fixes weeks longer) clears 10 % easily. 10 % is also far
 * above the 1 % the histogram medians may be off by.
 */
export const SHORT_CALL_SLOW_FIX_MARGIN = 0.1;

/**
 * Whether a cause hides a slow fix behind short calls. Compared as ratios, so a cause exactly at
 * the margin (9 min against 10) counts without float noise from multiplying the thresholds.
 */
export function isShortCallSlowFix(
  cause: { tickets: number; ahtMinutes: number; medianHours: number },
  department: { ahtMinutes: number; medianHours: number },
): boolean {
  return (
    cause.tickets >= MIN_TICKETS_TO_NAME &&
    cause.ahtMinutes / department.ahtMinutes <= 1 - SHORT_CALL_SLOW_FIX_MARGIN &&
    cause.medianHours / department.medianHours >= 1 + SHORT_CALL_SLOW_FIX_MARGIN
  );
}

/** Causes that have both figures (some contact, some resolved ticket), most tickets first. */
export function causeScatter(
  causes: readonly CauseFigures[],
  department: { ahtSeconds: number | null; p50ResolutionHours: number | null },
): CauseScatter {
  const points: CausePoint[] = [];
  for (const c of causes) {
    const aht = averageHandleSeconds(c.handleSeconds, c.contacts);
    const median = c.histogram ? percentileFromHistogram(c.histogram, 50) : null;
    if (aht === null || median === null) continue;
    points.push({
      causeId: c.causeId,
      causeName: c.causeName,
      tickets: c.tickets,
      ahtMinutes: aht / 60,
      medianHours: median,
    });
  }
  points.sort((a, b) => b.tickets - a.tickets || a.causeName.localeCompare(b.causeName));
  const ahtMinutes = department.ahtSeconds === null ? null : department.ahtSeconds / 60;
  const medianHours = department.p50ResolutionHours;
  if (ahtMinutes === null || medianHours === null) {
    return { points, ahtMinutes, medianHours, corner: null, shortCallSlowFix: [] };
  }
  return {
    points,
    ahtMinutes,
    medianHours,
    corner: {
      maxAhtMinutes: ahtMinutes * (1 - SHORT_CALL_SLOW_FIX_MARGIN),
      minMedianHours: medianHours * (1 + SHORT_CALL_SLOW_FIX_MARGIN),
    },
    shortCallSlowFix: points.filter((p) => isShortCallSlowFix(p, { ahtMinutes, medianHours })),
  };
}

// ---------------------------------------------------------------------------------------------
// Open backlog by age

export interface BacklogBandDefinition {
  label: string;
  /** Exclusive upper bound of the age in whole days; the last band has none. */
  upperDays: number;
}

/**
 * Age of an open ticket in whole days: today's day number minus its opening day, so that a band
 * is a range of opening days, which the explorer can show exactly (backlogOpeningDays).
 */
export const BACKLOG_BANDS: readonly BacklogBandDefinition[] = [
  { label: '0–2 days', upperDays: 2 },
  { label: '2–7 days', upperDays: 7 },
  { label: '1–4 weeks', upperDays: 28 },
  { label: 'over 4 weeks', upperDays: Infinity },
];

/** The band of an open ticket's age in whole days (today − opening day). */
export function backlogBandOf(ageDays: number): number {
  const i = BACKLOG_BANDS.findIndex((b) => ageDays < b.upperDays);
  return i === -1 ? BACKLOG_BANDS.length - 1 : i;
}

/** The opening days of a band's tickets within the range; null when none can be in it. */
export function backlogOpeningDays(
  band: number,
  todayDay: number,
  range: DayRange,
): DayRange | null {
  const lowerDays = band === 0 ? 0 : BACKLOG_BANDS[band - 1].upperDays;
  const fromDay = Math.max(range.fromDay, todayDay - BACKLOG_BANDS[band].upperDays + 1);
  const toDay = Math.min(range.toDay, todayDay - lowerDays);
  return fromDay <= toDay ? { fromDay, toDay } : null;
}

export interface BacklogBand {
  label: string;
  tickets: number;
}

/** Every band, empty ones included, from per-band counts. */
export function backlogBands(rows: readonly { band: number; tickets: number }[]): BacklogBand[] {
  return BACKLOG_BANDS.map((b, i) => ({
    label: b.label,
    tickets: rows.filter((r) => r.band === i).reduce((sum, r) => sum + r.tickets, 0),
  }));
}
