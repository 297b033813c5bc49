/**
 * How a KPI moved against the previous period, in words and with a verdict. Rates move in
 * percentage points (a relative change of a percentage reads ambiguously); everything else moves
 * in relative percent.
 */
import { periodDelta } from '@/lib/metrics';

export type Better = 'higher' | 'lower' | 'neither';
export type Tone = 'good' | 'bad' | 'neutral';

export interface KpiDelta {
  direction: 'up' | 'down' | 'flat' | null;
  /** "+12.3 %", "−1.4 pp", "no change", or why there is nothing to compare. */
  text: string;
  tone: Tone;
  /** Not judged yet: the figure still moves as the period's open tickets resolve. */
  provisional?: boolean;
}

const signed = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/**
 * `minRelativeChange`: the smallest relative change the figure can show truthfully; a smaller
 * one reads "about the same" instead of a precise-looking percentage with a verdict.
 */
const signedless = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function kpiDelta(
  current: number | null,
  previous: number | null,
  kind: 'amount' | 'rate',
  better: Better,
  minRelativeChange = 0,
): KpiDelta {
  const delta = periodDelta(current, previous);
  if (delta.change === null) {
    const text = current === null ? 'nothing to compare' : 'no figure for the previous period';
    return { direction: null, text, tone: 'neutral' };
  }
  let amount: number;
  if (kind === 'rate') {
    amount = delta.change * 100;
  } else if (delta.relativeChange === null) {
    // Previous was zero: a relative change is undefined, but "up from nothing" still matters.
    return delta.change === 0
      ? { direction: 'flat', text: 'no change', tone: 'neutral' }
      : { direction: 'up', text: 'up from 0', tone: toneOf(1, better) };
  } else if (delta.relativeChange !== 0 && Math.abs(delta.relativeChange) < minRelativeChange) {
    const within = signedless.format(minRelativeChange * 100);
    return { direction: 'flat', text: `about the same (within ${within} %)`, tone: 'neutral' };
  } else {
    amount = delta.relativeChange * 100;
  }
  const text = signed.format(amount);
  // Compare what the reader sees, so "+0.0 %" never shows up in red.
  if (Number(text) === 0) return { direction: 'flat', text: 'no change', tone: 'neutral' };
  return {
    direction: amount > 0 ? 'up' : 'down',
    text: `${text.replace('-', '−')} ${kind === 'rate' ? 'pp' : '%'}`,
    tone: toneOf(amount, better),
  };
}

/** The change in a table cell or a line of text, marked when it is not judged yet. */
export const deltaLabel = (delta: KpiDelta) =>
  delta.provisional ? `${delta.text} (provisional)` : delta.text;

function toneOf(amount: number, better: Better): Tone {
  if (better === 'neither') return 'neutral';
  return amount > 0 === (better === 'higher') ? 'good' : 'bad';
}

/**
 * Whether the previous period holds enough tickets to compare with: a period that reaches back
 * before the data began (a two-year range on two years of data) would show changes of
 * thousands of percent that say nothing.
 */
export function comparablePeriods(currentTickets: number, previousTickets: number): boolean {
  return previousTickets * 10 >= currentTickets;
}

export function notComparable(previousTickets: number): KpiDelta {
  return {
    direction: null,
    text: `the previous period has only ${previousTickets} ${previousTickets === 1 ? 'ticket' : 'tickets'}`,
    tone: 'neutral',
  };
}
