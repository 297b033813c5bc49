/**
 * The weekly review's judgements, pure: which causes moved beyond chance against the weeks
 * before, and the weekly average of a baseline's key figures.
 *
 * A cause's tickets arrive like a Poisson process. With w tickets in the review week and b in the
 * B baseline weeks, "the rate did not change" makes w ~ Binomial(w + b, 1 / (1 + B)) (the
 * conditional test of two Poisson counts). A cause is a mover when the week is that far out in
 * either tail; the level is divided by the number of causes tested (Bonferroni), so that with
 * forty causes a chance wobble of one of them is not called a movement.
 */
import { binomialCdf } from './effectiveness';
import type { Kpis } from './metrics';

export const REVIEW_BASELINE_WEEKS = 4;
export const MOVER_SIGNIFICANCE = 0.05;

export interface CauseWeek {
  causeId: number;
  /** Tickets in the review week. */
  week: number;
  /** Tickets in all the baseline weeks together. */
  baseline: number;
}

export interface Mover<T extends CauseWeek> {
  cause: T;
  direction: 'rose' | 'fell';
  /** The baseline's weekly average: what the week would hold if nothing changed. */
  expected: number;
  /** Two-sided p-value of the change, before the Bonferroni correction. */
  pValue: number;
}

/** Two-sided p-value that a count of `week` against `baseline` over `baselineWeeks` is chance. */
export function weekChangePValue(week: number, baseline: number, baselineWeeks: number): number {
  const n = week + baseline;
  if (n === 0) return 1;
  const p = 1 / (1 + baselineWeeks);
  const atMost = binomialCdf(week, n, p);
  const atLeast = 1 - binomialCdf(week - 1, n, p);
  return Math.min(1, 2 * Math.min(atMost, atLeast));
}

/** The causes whose week differs from their baseline beyond chance, the largest change first. */
export function findMovers<T extends CauseWeek>(
  causes: readonly T[],
  baselineWeeks = REVIEW_BASELINE_WEEKS,
  significance = MOVER_SIGNIFICANCE,
): { rose: Mover<T>[]; fell: Mover<T>[] } {
  const tested = causes.filter((c) => c.week + c.baseline > 0);
  const level = significance / Math.max(1, tested.length);
  const movers = tested
    .map((cause) => {
      const expected = cause.baseline / baselineWeeks;
      return {
        cause,
        direction: cause.week > expected ? ('rose' as const) : ('fell' as const),
        expected,
        pValue: weekChangePValue(cause.week, cause.baseline, baselineWeeks),
      };
    })
    .filter((m) => m.pValue < level)
    .sort(
      (a, b) =>
        Math.abs(b.cause.week - b.expected) - Math.abs(a.cause.week - a.expected) ||
        a.cause.causeId - b.cause.causeId,
    );
  return {
    rose: movers.filter((m) => m.direction === 'rose'),
    fell: movers.filter((m) => m.direction === 'fell'),
  };
}

/**
 * A baseline's key figures as one average week: counts and money divide by the weeks, rates and
 * times are already per ticket or per contact and stay as they are.
 */
export function weeklyAverage(kpis: Kpis, weeks: number): Kpis {
  return {
    ...kpis,
    tickets: kpis.tickets / weeks,
    openTickets: kpis.openTickets / weeks,
    costOfPoorQualityCents: kpis.costOfPoorQualityCents / weeks,
  };
}
