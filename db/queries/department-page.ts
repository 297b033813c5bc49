/**
 * Everything a department page shows for one date range. Summary tables for the figures
 * (department_stats, cause_stats, resolution_histogram); the tickets table, through indexes, only
 * for what the summaries cannot answer: customers and products, and the age of open tickets.
 */
import type { Db } from '../open';
import { getCauseTotals } from './cause-totals';
import type { DepartmentRow } from './departments';
import { getOpenBacklogByAge } from './open-backlog';
import { kpisForRange } from './overview';
import { getDepartmentTotals, type DepartmentTotals } from './range-totals';
import { getRecurringCustomers, type RecurringCustomer } from './recurring-customers';
import { getRecurringProducts, type RecurringProduct } from './recurring-products';
import { getResolutionHistograms } from './resolution-histogram';
import { getSettings } from './settings';
import { getWeeklyTotals } from './weekly-totals';
import {
  backlogBands,
  causeScatter,
  departmentWeeks,
  resolutionBands,
  type BacklogBand,
  type CauseScatter,
  type DepartmentWeek,
  type ResolutionBand,
} from '@/lib/department';
import { makeRange, previousRange, type DateRange } from '@/lib/filters';
import { emptyHistogram, mergeHistograms, type Histogram } from '@/lib/histogram';
import type { Kpis } from '@/lib/metrics';
import { kpisFromRows, paretoOf, type ParetoPoint } from '@/lib/overview';
import type { Settings } from '@/lib/settings';
import { dayOf } from '@/lib/time';

export interface DepartmentPageData {
  department: DepartmentRow;
  range: DateRange;
  previousRange: DateRange;
  kpis: Kpis;
  previousKpis: Kpis;
  companyKpis: Kpis;
  /** The department's classified tickets per cause, most frequent first. */
  pareto: ParetoPoint[];
  weekly: DepartmentWeek[];
  resolutionBands: ResolutionBand[];
  causes: CauseScatter;
  topCustomers: RecurringCustomer[];
  topProducts: RecurringProduct[];
  backlog: BacklogBand[];
  settings: Settings;
  /** The day the backlog's ages are counted to. */
  asOfDay: number;
}

/** The department's KPIs for a range from the per-department rows (read for the company anyway). */
export function departmentKpis(
  rows: { totals: DepartmentTotals[]; histograms: Map<number, Histogram> },
  departmentId: number,
  agentCostPerHour: number,
) {
  return kpisFromRows(
    rows.totals.filter((t) => t.departmentKey === departmentId),
    rows.histograms.get(departmentId) ?? emptyHistogram(),
    agentCostPerHour,
  );
}

export function getDepartmentPage(
  db: Db,
  department: DepartmentRow,
  range: DateRange,
  nowMs: number,
): DepartmentPageData {
  const settings = getSettings(db);
  const previousDays = previousRange(range);
  const previous = makeRange(previousDays.fromDay, previousDays.toDay, 'custom');
  const { agentCostPerHour } = settings;
  // The company's figures for the comparison; the previous period only for the department (its
  // histogram rows alone), since the cards compare the department with its own past.
  const company = kpisForRange(db, range, agentCostPerHour);
  const kpis = departmentKpis(company, department.id, agentCostPerHour);
  const previousKpis = departmentKpis(
    {
      totals: getDepartmentTotals(db, previous),
      histograms: getResolutionHistograms(db, previous, 'department', department.id),
    },
    department.id,
    agentCostPerHour,
  );

  const causeTotals = getCauseTotals(db, range, department.id);
  const classified = causeTotals.filter((c) => c.causeKey !== 0);
  const histograms = getResolutionHistograms(db, range, 'cause', department.id);

  return {
    department,
    range,
    previousRange: previous,
    kpis,
    previousKpis,
    companyKpis: company.kpis,
    pareto: paretoOf(
      classified.map((c) => ({
        causeId: c.causeKey,
        causeName: c.causeName ?? '',
        departmentSlug: department.slug,
        departmentName: department.name,
        tickets: c.tickets,
      })),
    ),
    weekly: departmentWeeks(getWeeklyTotals(db, range, { departmentId: department.id }), range),
    resolutionBands: resolutionBands(mergeHistograms(histograms.values())),
    causes: causeScatter(
      classified.map((c) => ({
        causeId: c.causeKey,
        causeName: c.causeName ?? '',
        tickets: c.tickets,
        contacts: c.contacts,
        handleSeconds: c.handleSeconds,
        histogram: histograms.get(c.causeKey),
      })),
      kpis,
    ),
    topCustomers: getRecurringCustomers(db, range, { departmentId: department.id }),
    topProducts: getRecurringProducts(db, range, { departmentId: department.id }),
    backlog: backlogBands(getOpenBacklogByAge(db, range, department.id, nowMs)),
    settings,
    asOfDay: dayOf(nowMs),
  };
}
