/** Series and rows of the weekly tickets chart, shaped on the server. */
import type { DepartmentFigures } from '@/db/queries/overview';
import { UNCLASSIFIED_KEY, type WeeklyPoint } from '@/lib/overview';
import { UNCLASSIFIED_LABEL } from './department-colors';

export interface WeeklySeriesInfo {
  key: string;
  label: string;
  tickets: number;
}

/** Departments with tickets in the range in display order, then the unattributed tickets. */
export function weeklyChartSeries(
  points: readonly WeeklyPoint[],
  departments: readonly Pick<DepartmentFigures, 'slug' | 'name'>[],
): WeeklySeriesInfo[] {
  const totals = new Map<string, number>();
  for (const p of points) {
    for (const [key, n] of Object.entries(p.counts)) totals.set(key, (totals.get(key) ?? 0) + n);
  }
  return [...departments, { slug: UNCLASSIFIED_KEY, name: UNCLASSIFIED_LABEL }]
    .map((d) => ({ key: d.slug, label: d.name, tickets: totals.get(d.slug) ?? 0 }))
    .filter((s) => s.tickets > 0);
}
