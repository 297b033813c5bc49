/**
 * Everything a root cause's page shows for one date range: its figures beside its department's
 * from the summary tables (cause_stats, resolution_histogram), its weekly trend, the customers
 * and products it keeps coming back for, its corrective actions, and its latest tickets.
 */
import type { Db } from '../open';
import { getCauseTotals } from './cause-totals';
import type { CauseRow } from './causes';
import { listCauseActions, type CorrectiveActionRow } from './corrective-actions';
import { departmentKpis } from './department-page';
import { getDepartmentTotals } from './range-totals';
import { getRecurringCustomers, type RecurringCustomer } from './recurring-customers';
import { getRecurringProducts, type RecurringProduct } from './recurring-products';
import { getResolutionHistograms } from './resolution-histogram';
import { getSettings } from './settings';
import { getTicketPage, type TicketListRow } from './ticket-explorer';
import { getWeeklyTotals } from './weekly-totals';
import {
  departmentWeeks,
  resolutionBands,
  type DepartmentWeek,
  type ResolutionBand,
} from '@/lib/department';
import { makeRange, previousRange, type DateRange, type DayRange } from '@/lib/filters';
import { emptyHistogram } from '@/lib/histogram';
import type { Kpis } from '@/lib/metrics';
import { kpisFromRows } from '@/lib/overview';
import type { Settings } from '@/lib/settings';

export const LATEST_TICKETS = 10;

export interface CausePageData {
  cause: CauseRow;
  range: DateRange;
  kpis: Kpis;
  previousKpis: Kpis;
  departmentKpis: Kpis;
  weekly: DepartmentWeek[];
  resolutionBands: ResolutionBand[];
  topCustomers: RecurringCustomer[];
  topProducts: RecurringProduct[];
  actions: CorrectiveActionRow[];
  latestTickets: TicketListRow[];
  settings: Settings;
}

/** The cause's KPIs: its rows of its department's per-cause totals and histograms. */
function causeKpis(db: Db, cause: CauseRow, range: DayRange, agentCostPerHour: number) {
  const totals = getCauseTotals(db, range, cause.departmentId).filter(
    (c) => c.causeKey === cause.id,
  );
  const histogram =
    getResolutionHistograms(db, range, 'cause', cause.departmentId).get(cause.id) ??
    emptyHistogram();
  return { kpis: kpisFromRows(totals, histogram, agentCostPerHour), histogram };
}

export function getCausePage(db: Db, cause: CauseRow, range: DateRange): CausePageData {
  const settings = getSettings(db);
  const { agentCostPerHour } = settings;
  const previousDays = previousRange(range);
  const current = causeKpis(db, cause, range, agentCostPerHour);
  const scope = { causeId: cause.id };
  return {
    cause,
    range,
    kpis: current.kpis,
    previousKpis: causeKpis(
      db,
      cause,
      makeRange(previousDays.fromDay, previousDays.toDay, 'custom'),
      agentCostPerHour,
    ).kpis,
    departmentKpis: departmentKpis(
      {
        totals: getDepartmentTotals(db, range),
        histograms: getResolutionHistograms(db, range, 'department', cause.departmentId),
      },
      cause.departmentId,
      agentCostPerHour,
    ),
    weekly: departmentWeeks(getWeeklyTotals(db, range, scope), range),
    resolutionBands: resolutionBands(current.histogram),
    topCustomers: getRecurringCustomers(db, range, scope),
    topProducts: getRecurringProducts(db, range, scope),
    actions: listCauseActions(db, cause.id),
    latestTickets: getTicketPage(
      db,
      range,
      { cause: cause.id },
      { key: 'opened', direction: 'desc' },
      { cursor: null, towards: 'after' },
      { pageSize: LATEST_TICKETS },
    ).rows,
    settings,
  };
}
