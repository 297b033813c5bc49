/**
 * Assembles the overview's figures from the additive rows the queries return. Pure, so the same
 * definitions serve the company-wide cards, each department, and the tests.
 */
import { percentileFromHistogram, type Histogram } from './histogram';
import { EMPTY_TOTALS, kpisFromTotals, type Kpis, type Totals } from './metrics';
import type { DayRange } from './filters';
import { dayToIso, isoWeekStartDay } from './time';

export function addTotals(rows: readonly Totals[]): Totals {
  const sum = { ...EMPTY_TOTALS };
  for (const row of rows) {
    for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += row[key];
  }
  return sum;
}

export function kpisFromRows(
  totals: readonly Totals[],
  histogram: Histogram,
  agentCostPerHour: number,
): Kpis {
  return kpisFromTotals(
    addTotals(totals),
    { p50: percentileFromHistogram(histogram, 50), p90: percentileFromHistogram(histogram, 90) },
    agentCostPerHour,
  );
}

export interface ParetoPoint {
  causeId: number;
  causeName: string;
  departmentSlug: string;
  departmentName: string;
  tickets: number;
  /** Share of all classified tickets in the range. */
  share: number;
  cumulativeShare: number;
}

/** Causes in descending order with their running share of the total (the Pareto line). */
export function paretoOf<
  T extends {
    tickets: number;
    causeId: number;
    causeName: string;
    departmentSlug: string;
    departmentName: string;
  },
>(causes: readonly T[]): ParetoPoint[] {
  const sorted = [...causes].sort((a, b) => b.tickets - a.tickets);
  const total = sorted.reduce((sum, c) => sum + c.tickets, 0);
  let running = 0;
  return sorted.map((c) => {
    running += c.tickets;
    return {
      causeId: c.causeId,
      causeName: c.causeName,
      departmentSlug: c.departmentSlug,
      departmentName: c.departmentName,
      tickets: c.tickets,
      share: total === 0 ? 0 : c.tickets / total,
      cumulativeShare: total === 0 ? 0 : running / total,
    };
  });
}

export interface WeeklyPoint {
  weekStart: string;
  /** Days of the week inside the range: under 7 marks a partial week. */
  days: number;
  total: number;
  /** Tickets per department slug; 'unclassified' for tickets without a department. */
  counts: Record<string, number>;
}

export const UNCLASSIFIED_KEY = 'unclassified';

/**
 * One point per ISO week that touches the range, weeks without tickets included: a missing bar
 * would silently close the gap on the time axis.
 */
export function weeklySeries(
  rows: readonly { weekStartDay: number; departmentKey: number; tickets: number }[],
  slugById: ReadonlyMap<number, string>,
  range: DayRange,
): WeeklyPoint[] {
  const weeks = new Map<number, WeeklyPoint>();
  for (let start = isoWeekStartDay(range.fromDay); start <= range.toDay; start += 7) {
    const days = Math.min(range.toDay, start + 6) - Math.max(range.fromDay, start) + 1;
    weeks.set(start, { weekStart: dayToIso(start), days, total: 0, counts: {} });
  }
  for (const row of rows) {
    const week = weeks.get(row.weekStartDay);
    if (!week) continue;
    const slug = slugById.get(row.departmentKey) ?? UNCLASSIFIED_KEY;
    week.counts[slug] = (week.counts[slug] ?? 0) + row.tickets;
    week.total += row.tickets;
  }
  return [...weeks.values()];
}
