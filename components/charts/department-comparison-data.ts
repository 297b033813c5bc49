/**
 * Rows of the call-time-versus-resolution chart, shaped on the server so the client chart only
 * draws. Kept out of the chart's "use client" file so the page can call it.
 */
import type { DepartmentFigures } from '@/db/queries/overview';
import type { Kpis } from '@/lib/metrics';

export type ResolutionUnit = 'hours' | 'days';

export interface ComparisonFigures {
  ahtMinutes: number | null;
  /** Median resolution time in `resolutionUnit`. */
  resolution: number | null;
  recurrencePct: number | null;
}

export interface DepartmentComparisonRow extends ComparisonFigures {
  slug: string;
  name: string;
  tickets: number;
}

export interface DepartmentComparison {
  rows: DepartmentComparisonRow[];
  resolutionUnit: ResolutionUnit;
  company: ComparisonFigures;
  /**
   * Departments with shorter calls than the company but slower fixes and more recurrence: the
   * ones a call-time dashboard would praise while their customers keep calling back.
   */
  misleading: DepartmentComparisonRow[];
}

/** Above two days, hours stop meaning much to a reader: a week is clearer as 7 days than 168 h. */
const DAYS_FROM_HOURS = 48;

function figures(kpis: Kpis, unit: ResolutionUnit): ComparisonFigures {
  const hours = kpis.p50ResolutionHours;
  return {
    ahtMinutes: kpis.ahtSeconds === null ? null : kpis.ahtSeconds / 60,
    resolution: hours === null ? null : unit === 'days' ? hours / 24 : hours,
    recurrencePct: kpis.recurrenceRate === null ? null : kpis.recurrenceRate * 100,
  };
}

/**
 * Departments with tickets in the range, slowest to fix first: the reader scans down the
 * resolution panel and sees whether the call-time panel follows the same order (it usually
 * does not).
 */
export function departmentComparison(
  departments: readonly DepartmentFigures[],
  company: Kpis,
): DepartmentComparison {
  const withTickets = departments.filter((d) => d.kpis.tickets > 0);
  const slowest = Math.max(0, ...withTickets.map((d) => d.kpis.p50ResolutionHours ?? 0));
  const resolutionUnit: ResolutionUnit = slowest >= DAYS_FROM_HOURS ? 'days' : 'hours';
  const rows = withTickets
    .map((d) => ({
      slug: d.slug,
      name: d.name,
      tickets: d.kpis.tickets,
      ...figures(d.kpis, resolutionUnit),
    }))
    .sort((a, b) => (b.resolution ?? -1) - (a.resolution ?? -1) || b.tickets - a.tickets);
  const all = figures(company, resolutionUnit);
  const below = (value: number | null, reference: number | null) =>
    value !== null && reference !== null && value < reference;
  const misleading = rows.filter(
    (r) =>
      below(r.ahtMinutes, all.ahtMinutes) &&
      below(all.resolution, r.resolution) &&
      below(all.recurrencePct, r.recurrencePct),
  );
  return { rows, resolutionUnit, company: all, misleading };
}
