/**
 * Metric definitions of DESIGN.md as pure functions. The SQL in db/queries computes the same
 * figures from summary tables; db/queries/overview.test.ts holds the two equal.
 */
import { nearestRank } from './histogram';
import { MS_PER_HOUR } from './time';

/** Nearest-rank percentile: the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(sorted.length, p) - 1];
}

/** Hours from opened to resolved; null while the ticket is open. */
export function resolutionHours(openedAt: number, resolvedAt: number | null): number | null {
  return resolvedAt === null ? null : (resolvedAt - openedAt) / MS_PER_HOUR;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Average handle time in seconds = total handle seconds / number of contacts. */
export const averageHandleSeconds = (handleSeconds: number, contacts: number) =>
  ratio(handleSeconds, contacts);

/**
 * First-contact resolution = resolved tickets with exactly one contact / resolved tickets with
 * at least one contact recorded. A ticket without a recorded contact (an import that carries no
 * handle time) tells nothing about how many contacts it took, so it counts on neither side.
 */
export const firstContactResolution = (resolvedOneContact: number, resolvedWithContacts: number) =>
  ratio(resolvedOneContact, resolvedWithContacts);

/** Recurrence rate = recurrences / classified tickets. */
export const recurrenceRate = (recurrences: number, classified: number) =>
  ratio(recurrences, classified);

/** Upstream share = classified tickets of upstream departments / classified tickets. */
export const upstreamShare = (classifiedUpstream: number, classified: number) =>
  ratio(classifiedUpstream, classified);

/** Classification coverage = classified tickets / all tickets. */
export const classificationCoverage = (classified: number, tickets: number) =>
  ratio(classified, tickets);

export const contactsPerTicket = (contacts: number, tickets: number) => ratio(contacts, tickets);

/** Cost of poor quality in cents = fix costs + handle time x agent cost per hour. */
export function costOfPoorQualityCents(
  fixCostCents: number,
  handleSeconds: number,
  agentCostPerHour: number,
): number {
  return fixCostCents + Math.round((handleSeconds / 3600) * agentCostPerHour * 100);
}

export interface PeriodDelta {
  current: number | null;
  previous: number | null;
  /** current - previous; null when either is missing. */
  change: number | null;
  /** change / previous; null when previous is missing or zero. */
  relativeChange: number | null;
}

export function periodDelta(current: number | null, previous: number | null): PeriodDelta {
  const change = current === null || previous === null ? null : current - previous;
  const relativeChange = change === null || !previous ? null : change / Math.abs(previous);
  return { current, previous, change, relativeChange };
}

/** The additive totals every overview figure is derived from (one summary row, or many summed). */
export interface Totals {
  tickets: number;
  classified: number;
  classifiedUpstream: number;
  recurrences: number;
  resolved: number;
  resolvedOneContact: number;
  resolvedWithContacts: number;
  contacts: number;
  handleSeconds: number;
  fixCostCents: number;
}

export const EMPTY_TOTALS: Totals = {
  tickets: 0,
  classified: 0,
  classifiedUpstream: 0,
  recurrences: 0,
  resolved: 0,
  resolvedOneContact: 0,
  resolvedWithContacts: 0,
  contacts: 0,
  handleSeconds: 0,
  fixCostCents: 0,
};

export interface Kpis {
  tickets: number;
  openTickets: number;
  p50ResolutionHours: number | null;
  p90ResolutionHours: number | null;
  ahtSeconds: number | null;
  fcr: number | null;
  recurrenceRate: number | null;
  costOfPoorQualityCents: number;
  upstreamShare: number | null;
  classificationCoverage: number | null;
}

/**
 * The share of a period's tickets that may still be open before the figures that grow or shift
 * as tickets resolve (resolution percentiles, FCR, cost) count as settled. A week just over
 * resolves its quick tickets first: its median resolution looks short and its cost low, only
 * because its slow tickets are not in yet.
 */
export const PROVISIONAL_OPEN_SHARE = 0.05;

/** Whether so many of the period's tickets are open that its resolution figures are provisional. */
export function resolutionFiguresProvisional(kpis: Pick<Kpis, 'tickets' | 'openTickets'>): boolean {
  return kpis.openTickets > PROVISIONAL_OPEN_SHARE * kpis.tickets;
}

export function kpisFromTotals(
  totals: Totals,
  resolutionPercentiles: { p50: number | null; p90: number | null },
  agentCostPerHour: number,
): Kpis {
  return {
    tickets: totals.tickets,
    openTickets: totals.tickets - totals.resolved,
    p50ResolutionHours: resolutionPercentiles.p50,
    p90ResolutionHours: resolutionPercentiles.p90,
    ahtSeconds: averageHandleSeconds(totals.handleSeconds, totals.contacts),
    fcr: firstContactResolution(totals.resolvedOneContact, totals.resolvedWithContacts),
    recurrenceRate: recurrenceRate(totals.recurrences, totals.classified),
    costOfPoorQualityCents: costOfPoorQualityCents(
      totals.fixCostCents,
      totals.handleSeconds,
      agentCostPerHour,
    ),
    upstreamShare: upstreamShare(totals.classifiedUpstream, totals.classified),
    classificationCoverage: classificationCoverage(totals.classified, totals.tickets),
  };
}

/** What the metrics need to know of one ticket. */
export interface MetricTicket {
  openedAt: number;
  resolvedAt: number | null;
  rootCauseId: number | null;
  departmentIsUpstream: boolean | null;
  contactCount: number;
  handleSeconds: number;
  fixCostCents: number;
  isRecurrence: boolean;
}

/** A ticket is classified once it has a root cause. */
export function totalsOfTickets(tickets: readonly MetricTicket[]): Totals {
  const totals = { ...EMPTY_TOTALS };
  for (const t of tickets) {
    const classified = t.rootCauseId !== null;
    totals.tickets += 1;
    totals.classified += classified ? 1 : 0;
    totals.classifiedUpstream += classified && t.departmentIsUpstream ? 1 : 0;
    totals.recurrences += t.isRecurrence ? 1 : 0;
    totals.resolved += t.resolvedAt !== null ? 1 : 0;
    totals.resolvedOneContact += t.resolvedAt !== null && t.contactCount === 1 ? 1 : 0;
    totals.resolvedWithContacts += t.resolvedAt !== null && t.contactCount > 0 ? 1 : 0;
    totals.contacts += t.contactCount;
    totals.handleSeconds += t.handleSeconds;
    totals.fixCostCents += t.fixCostCents;
  }
  return totals;
}

/** The exact path: every figure straight from the tickets, percentiles from sorted values. */
export function kpisOfTickets(tickets: readonly MetricTicket[], agentCostPerHour: number): Kpis {
  const hours = tickets
    .map((t) => resolutionHours(t.openedAt, t.resolvedAt))
    .filter((h): h is number => h !== null);
  return kpisFromTotals(
    totalsOfTickets(tickets),
    { p50: percentile(hours, 50), p90: percentile(hours, 90) },
    agentCostPerHour,
  );
}
