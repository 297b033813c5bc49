/**
 * Everything the executive overview shows for one date range, read from the summary tables.
 */
import type { Db } from '../open';
import { listDepartments } from './departments';
import { getCauseCounts } from './cause-pareto';
import { getDepartmentTotals } from './range-totals';
import { getResolutionHistograms } from './resolution-histogram';
import { getSettings } from './settings';
import { getWeeklyTickets } from './weekly-tickets';
import { makeRange, previousRange, type DateRange } from '@/lib/filters';
import { emptyHistogram, mergeHistograms } from '@/lib/histogram';
import type { Kpis } from '@/lib/metrics';
import {
  kpisFromRows,
  paretoOf,
  weeklySeries,
  type ParetoPoint,
  type WeeklyPoint,
} from '@/lib/overview';

export interface DepartmentFigures {
  id: number;
  slug: string;
  name: string;
  isUpstream: boolean;
  kpis: Kpis;
}

export interface OverviewData {
  range: DateRange;
  previousRange: DateRange;
  kpis: Kpis;
  previousKpis: Kpis;
  /** Every originating department, in display order, with its figures for the range. */
  departments: DepartmentFigures[];
  /** Tickets in the range with no originating department yet. */
  unattributedTickets: number;
  weekly: WeeklyPoint[];
  pareto: ParetoPoint[];
  currency: string;
  agentCostPerHour: number;
  recurrenceWindowDays: number;
}

/** Company KPIs for a range, with the per-department rows they came from. */
export function kpisForRange(db: Db, range: DateRange, agentCostPerHour: number) {
  const totals = getDepartmentTotals(db, range);
  const histograms = getResolutionHistograms(db, range);
  const company = mergeHistograms(histograms.values());
  return { totals, histograms, kpis: kpisFromRows(totals, company, agentCostPerHour) };
}

export function getOverview(db: Db, range: DateRange): OverviewData {
  const settings = getSettings(db);
  const departments = listDepartments(db);
  const current = kpisForRange(db, range, settings.agentCostPerHour);
  const previousDays = previousRange(range);
  const previous = makeRange(previousDays.fromDay, previousDays.toDay, 'custom');
  const previousKpis = kpisForRange(db, previous, settings.agentCostPerHour).kpis;
  const slugById = new Map(departments.map((d) => [d.id, d.slug]));
  return {
    range,
    previousRange: previous,
    kpis: current.kpis,
    previousKpis,
    departments: departments.map((d) => ({
      ...d,
      kpis: kpisFromRows(
        current.totals.filter((t) => t.departmentKey === d.id),
        current.histograms.get(d.id) ?? emptyHistogram(),
        settings.agentCostPerHour,
      ),
    })),
    unattributedTickets: current.totals.find((t) => t.departmentKey === 0)?.tickets ?? 0,
    weekly: weeklySeries(getWeeklyTickets(db, range), slugById, range),
    pareto: paretoOf(getCauseCounts(db, range)),
    currency: settings.currency,
    agentCostPerHour: settings.agentCostPerHour,
    recurrenceWindowDays: settings.recurrenceWindowDays,
  };
}
