/**
 * Control charts of weekly ticket counts (a c-chart: counts of defects in equal intervals). The
 * centre line is the mean weekly count over a baseline of full weeks, the limits c̄ ± 3·√c̄ (the
 * lower one not below zero); a week beyond the limits is a special cause: something happened.
 */

export interface ControlLimits {
  centre: number;
  upper: number;
  lower: number;
  baselineWeeks: number;
}

export function cChartLimits(baseline: readonly number[]): ControlLimits | null {
  if (baseline.length === 0) return null;
  const centre = baseline.reduce((a, b) => a + b, 0) / baseline.length;
  const spread = 3 * Math.sqrt(centre);
  return {
    centre,
    upper: centre + spread,
    lower: Math.max(0, centre - spread),
    baselineWeeks: baseline.length,
  };
}

export type Signal = 'above' | 'below' | null;

export function signalOf(count: number, limits: ControlLimits | null): Signal {
  if (!limits) return null;
  if (count > limits.upper) return 'above';
  // A lower limit of 0 flags nothing: a week with no tickets is within reach of chance.
  if (limits.lower > 0 && count < limits.lower) return 'below';
  return null;
}

/**
 * The baseline of a chart over a range of weeks: the full weeks before the last `recent` ones,
 * which are judged against it; all the full weeks when there are too few.
 */
export function baselineOf<T extends { days: number }>(
  weeks: readonly T[],
  recent = 8,
  minimum = 12,
): T[] {
  const full = weeks.filter((w) => w.days === 7);
  return full.length - recent >= minimum ? full.slice(0, full.length - recent) : full;
}

export interface ControlPhase<T> {
  weeks: T[];
  /** null when the phase has too few full weeks for limits of its own. */
  limits: ControlLimits | null;
}

/**
 * A chart split at each process change (the week a corrective action was done starts a new
 * phase), each phase with limits from its own baseline (`baselineOf`): limits that mixed the
 * weeks before and after a fix would flag every week of both. A phase with fewer full weeks
 * than `minimumWeeks` gets no limits.
 */
export function phasedLimits<T extends { weekStart: string; days: number; tickets: number }>(
  weeks: readonly T[],
  changeWeekStarts: readonly string[],
  minimumWeeks = 4,
): ControlPhase<T>[] {
  const changes = new Set(changeWeekStarts);
  const phases: T[][] = [];
  for (const week of weeks) {
    if (phases.length === 0 || (changes.has(week.weekStart) && phases.at(-1)!.length > 0))
      phases.push([]);
    phases.at(-1)!.push(week);
  }
  return phases.map((phase) => ({
    weeks: phase,
    limits:
      phase.filter((w) => w.days === 7).length >= minimumWeeks
        ? cChartLimits(baselineOf(phase).map((w) => w.tickets))
        : null,
  }));
}
