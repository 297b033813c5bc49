/** The Pareto chart's bars and the figures its caption states, shaped on the server. */
import type { ParetoPoint } from '@/lib/overview';

/** More bars than this stop being readable; the rest is summarised in the caption. */
export const PARETO_BARS = 15;

/** The share of classified tickets the caption's "vital few" causes must reach. */
export const PARETO_TARGET = 0.8;

export interface ParetoSummary {
  bars: ParetoPoint[];
  classifiedTickets: number;
  /** How many of the most frequent causes it takes to reach PARETO_TARGET. */
  causesToTarget: number;
  rest: { causes: number; tickets: number; share: number };
}

export function paretoSummary(points: readonly ParetoPoint[]): ParetoSummary {
  const classifiedTickets = points.reduce((sum, p) => sum + p.tickets, 0);
  // A small tolerance so that a running share of 0.7999999 (float sums) counts as 80 %.
  const reached = points.findIndex((p) => p.cumulativeShare >= PARETO_TARGET - 1e-9);
  const rest = points.slice(PARETO_BARS);
  const restTickets = rest.reduce((sum, p) => sum + p.tickets, 0);
  return {
    bars: points.slice(0, PARETO_BARS),
    classifiedTickets,
    causesToTarget: reached + 1,
    rest: {
      causes: rest.length,
      tickets: restTickets,
      share: classifiedTickets === 0 ? 0 : restTickets / classifiedTickets,
    },
  };
}
