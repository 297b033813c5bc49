/**
 * Did a fix work? A done corrective action's cause is compared in the N weeks before its done
 * date and the N weeks after: its weekly ticket rate, and its recurrence rate. Tickets arrive
 * like a Poisson process, so the test of a change in rate is the conditional binomial test:
 * given k = before + after tickets in two windows of equal length, "no change" makes `after`
 * Binomial(k, 1/2); a fix works when so few tickets after is unlikely by chance (one-sided).
 */

/** P(X <= x) for X ~ Binomial(n, p), summed in log space so large n stay exact enough. */
export function binomialCdf(x: number, n: number, p: number): number {
  if (x < 0) return 0;
  if (x >= n) return 1;
  let logTerm = n * Math.log(1 - p); // P(X = 0)
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= x; i++) {
    logTerm += Math.log((n - i + 1) / i) + Math.log(p / (1 - p));
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/**
 * One-sided p-value that the rate fell: P(after <= observed | before + after, equal rates),
 * for windows of lengths tBefore and tAfter. 1 when nothing was seen in either window.
 */
export function rateDecreasePValue(before: number, after: number, tBefore = 1, tAfter = 1): number {
  const n = before + after;
  if (n === 0) return 1;
  return binomialCdf(after, n, tAfter / (tBefore + tAfter));
}

const count = (n: number) => n.toLocaleString('en-US');

/** A p-value as a sentence writes it: "p = 0.012", or "p < 0.001" below what three digits show. */
export const describePValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

export type Verdict = 'effective' | 'not yet clear' | 'not effective';

export const SIGNIFICANCE = 0.05;
/** Fewer tickets than this in both windows together cannot show a change either way. */
export const MIN_TICKETS = 10;

export interface WindowCounts {
  tickets: number;
  classified: number;
  recurrences: number;
}

export interface Effectiveness {
  verdict: Verdict;
  /** Why, in a sentence. */
  because: string;
  weeks: number;
  before: WindowCounts;
  after: WindowCounts;
  /** Tickets per week in each window. */
  rateBefore: number;
  rateAfter: number;
  /** Recurrences / classified tickets in each window; null without classified tickets. */
  recurrenceBefore: number | null;
  recurrenceAfter: number | null;
  /** The one-sided p-value of the ticket rate's fall; null when not tested. */
  pValue: number | null;
}

/**
 * The verdict on a fix: `weeksAfterSoFar` is how many whole weeks of the after-window have passed
 * (a fix done last week has 0 or 1): until all N have, the answer is "not yet clear".
 */
export function judgeFix(input: {
  weeks: number;
  weeksAfterSoFar: number;
  before: WindowCounts;
  after: WindowCounts;
}): Effectiveness {
  const { weeks, before, after } = input;
  const rate = (w: WindowCounts, n: number) => (n > 0 ? w.tickets / n : 0);
  const recurrence = (w: WindowCounts) => (w.classified > 0 ? w.recurrences / w.classified : null);
  const base = {
    weeks,
    before,
    after,
    rateBefore: rate(before, weeks),
    rateAfter: rate(after, Math.min(weeks, Math.max(input.weeksAfterSoFar, 0))),
    recurrenceBefore: recurrence(before),
    recurrenceAfter: recurrence(after),
  };
  if (input.weeksAfterSoFar < weeks) {
    return {
      ...base,
      verdict: 'not yet clear',
      because: `only ${Math.max(0, input.weeksAfterSoFar)} of the ${weeks} weeks after the fix have passed`,
      pValue: null,
    };
  }
  if (before.tickets + after.tickets < MIN_TICKETS) {
    return {
      ...base,
      verdict: 'not yet clear',
      because: `${before.tickets + after.tickets} tickets in the ${2 * weeks} weeks are too few to tell`,
      pValue: null,
    };
  }
  const p = rateDecreasePValue(before.tickets, after.tickets);
  return p < SIGNIFICANCE
    ? {
        ...base,
        verdict: 'effective',
        because: `tickets fell from ${count(before.tickets)} to ${count(after.tickets)} in ${weeks} weeks; the chance of a fall this large without a change is ${describePValue(p)}`,
        pValue: p,
      }
    : {
        ...base,
        verdict: 'not effective',
        because: `${count(before.tickets)} tickets in the ${weeks} weeks before, ${count(after.tickets)} after: no fall beyond chance (p = ${p.toFixed(2)})`,
        pValue: p,
      };
}
