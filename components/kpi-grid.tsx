import type { TicketSort } from '@/lib/explorer';
import type { DateRange, TicketFilters } from '@/lib/filters';
import { ticketsPageHref } from '@/lib/links';
import { resolutionFiguresProvisional, type Kpis } from '@/lib/metrics';
import {
  formatDays,
  formatHours,
  formatInteger,
  formatMinutesSeconds,
  formatMoney,
  formatPercentNumber,
} from './format';
import { KpiCard } from './kpi-card';
import { MAX_RELATIVE_ERROR } from '@/lib/histogram';
import {
  comparablePeriods,
  kpiDelta,
  notComparable,
  type Better,
  type KpiDelta,
} from './kpi-delta';

interface KpiDefinition {
  testId: string;
  label: string;
  qualifier?: string;
  unit: string;
  pick: (kpis: Kpis) => number | null;
  format: (value: number) => string;
  kind: 'amount' | 'rate';
  better: Better;
  missingReason: string;
  note?: (kpis: Kpis) => string | undefined;
  /** The smallest relative change worth showing (kpiDelta); percentiles are estimates. */
  minRelativeChange?: number;
  /**
   * The figure moves as the period's open tickets resolve (their resolution times, contacts and
   * fix costs come in later), so a change is not judged while many are open.
   */
  settlesOnResolution?: boolean;
  /** The tickets behind the figure, as explorer filters; none where no filter selects them. */
  drill?: { filters: TicketFilters; sort?: TicketSort; what: string };
}

/**
 * Percentiles come from the resolution-time histogram, each within MAX_RELATIVE_ERROR of the
 * exact value (lib/histogram.ts): a change between two of them is only known to about twice that.
 */
const PERCENTILE_RESOLUTION = 2 * MAX_RELATIVE_ERROR;

/**
 * How a figure moved between two values, judged as its definition says; `provisional` when the
 * current period's resolution figures are (resolutionFiguresProvisional).
 */
export function definitionDelta(
  d: KpiDefinition,
  current: number | null,
  previous: number | null,
  provisional = false,
): KpiDelta {
  const delta = kpiDelta(current, previous, d.kind, d.better, d.minRelativeChange);
  if (!provisional || !d.settlesOnResolution || delta.direction === null) return delta;
  return { ...delta, tone: 'neutral', provisional: true };
}

const SLOWEST: TicketSort = { key: 'resolution', direction: 'desc' };
const NEWEST: TicketSort = { key: 'opened', direction: 'desc' };

const hoursNote = (hours: number | null) =>
  hours !== null && hours >= 48 ? `about ${formatDays(hours)} days` : undefined;

/** The key figures, in display order: how each is labelled, formatted and judged. */
export function kpiDefinitions(currency: string, recurrenceWindowDays: number): KpiDefinition[] {
  return [
    {
      testId: 'kpi-tickets',
      drill: { filters: {}, what: 'the tickets' },
      label: 'Tickets',
      unit: 'opened',
      pick: (k) => k.tickets,
      format: formatInteger,
      kind: 'amount',
      better: 'lower',
      missingReason: 'No tickets.',
      note: (k) => (k.openTickets > 0 ? `${formatInteger(k.openTickets)} still open` : undefined),
    },
    {
      testId: 'kpi-p50-resolution',
      settlesOnResolution: true,
      drill: {
        filters: { status: 'resolved' },
        sort: SLOWEST,
        what: 'the resolved tickets, slowest first',
      },
      label: 'Median resolution',
      qualifier: 'p50',
      unit: 'hours',
      pick: (k) => k.p50ResolutionHours,
      format: formatHours,
      minRelativeChange: PERCENTILE_RESOLUTION,
      kind: 'amount',
      better: 'lower',
      missingReason: 'No ticket opened in this range has been resolved yet.',
      note: (k) => hoursNote(k.p50ResolutionHours),
    },
    {
      testId: 'kpi-p90-resolution',
      settlesOnResolution: true,
      drill: {
        filters: { status: 'resolved' },
        sort: SLOWEST,
        what: 'the resolved tickets, slowest first',
      },
      label: 'Resolution',
      qualifier: 'p90',
      unit: 'hours',
      pick: (k) => k.p90ResolutionHours,
      format: formatHours,
      minRelativeChange: PERCENTILE_RESOLUTION,
      kind: 'amount',
      better: 'lower',
      missingReason: 'No ticket opened in this range has been resolved yet.',
      note: (k) => hoursNote(k.p90ResolutionHours),
    },
    {
      testId: 'kpi-aht',
      drill: {
        filters: {},
        sort: { key: 'handle', direction: 'desc' },
        what: 'the tickets, longest handle time first',
      },
      label: 'Average handle time',
      qualifier: 'AHT',
      unit: 'min:s',
      pick: (k) => k.ahtSeconds,
      format: formatMinutesSeconds,
      kind: 'amount',
      // Deliberately neutral: a shorter call is not better if the problem comes back.
      better: 'neither',
      missingReason: 'No contacts were recorded on tickets in this range.',
      note: () => 'per contact; shorter is not better by itself',
    },
    {
      testId: 'kpi-fcr',
      settlesOnResolution: true,
      drill: {
        filters: { status: 'resolved', repeatContacts: true },
        what: 'the resolved tickets that took more than one contact',
      },
      label: 'First-contact resolution',
      qualifier: 'FCR',
      unit: '%',
      pick: (k) => k.fcr,
      format: formatPercentNumber,
      kind: 'rate',
      better: 'higher',
      missingReason: 'No ticket opened in this range has been resolved with a contact recorded.',
    },
    {
      testId: 'kpi-recurrence',
      drill: { filters: { recurrence: true }, what: 'the recurrences' },
      label: 'Recurrence rate',
      unit: '%',
      pick: (k) => k.recurrenceRate,
      format: formatPercentNumber,
      kind: 'rate',
      better: 'lower',
      missingReason: 'No classified tickets in this range: recurrence needs a root cause.',
      note: () => `same customer and cause within ${recurrenceWindowDays} days`,
    },
    {
      testId: 'kpi-cost',
      settlesOnResolution: true,
      drill: { filters: {}, what: 'the tickets' },
      label: 'Cost of poor quality',
      unit: currency,
      pick: (k) => k.costOfPoorQualityCents,
      format: (cents) => formatMoney(cents, currency),
      kind: 'amount',
      better: 'lower',
      missingReason: 'No tickets.',
      note: () => 'fix costs plus agent time',
    },
    {
      testId: 'kpi-upstream-share',
      label: 'Upstream share',
      unit: '%',
      pick: (k) => k.upstreamShare,
      format: formatPercentNumber,
      kind: 'rate',
      // Neither: the share says where work comes from, not whether things got better.
      better: 'neither',
      missingReason: 'No classified tickets in this range.',
      note: () => 'of classified tickets, caused outside customer service',
    },
    {
      testId: 'kpi-coverage',
      drill: { filters: { unclassified: true }, what: 'the unclassified tickets' },
      label: 'Classification coverage',
      unit: '%',
      pick: (k) => k.classificationCoverage,
      format: formatPercentNumber,
      kind: 'rate',
      better: 'higher',
      missingReason: 'No tickets in this range.',
      note: () => 'of tickets have a root cause',
    },
  ];
}

export function KpiGrid(props: {
  kpis: Kpis;
  previousKpis: Kpis;
  currency: string;
  recurrenceWindowDays: number;
  /** Shows each figure of a wider scope under the card's own, e.g. the company's. */
  comparison?: { label: string; kpis: Kpis };
  /** Cards that mean nothing in this scope (a department's upstream share is 0 or 100 %). */
  exclude?: readonly string[];
  /** The range and scope (e.g. one department) whose tickets each card links to. */
  drillDown: { range: DateRange; scope: TicketFilters };
}) {
  const { range, scope } = props.drillDown;
  const comparable = comparablePeriods(props.kpis.tickets, props.previousKpis.tickets);
  const provisional = resolutionFiguresProvisional(props.kpis);
  return (
    <section aria-labelledby="key-figures">
      {/* Visible cards speak for themselves; the heading lets screen-reader users jump here. */}
      <h2 id="key-figures" className="sr-only">
        Key figures
      </h2>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {kpiDefinitions(props.currency, props.recurrenceWindowDays)
          .filter((d) => !props.exclude?.includes(d.testId))
          .map((d) => {
            const value = d.pick(props.kpis);
            const compared = props.comparison && d.pick(props.comparison.kpis);
            return (
              <li key={d.testId}>
                <KpiCard
                  testId={d.testId}
                  label={d.label}
                  qualifier={d.qualifier}
                  value={value}
                  display={value === null ? '—' : d.format(value)}
                  unit={d.unit}
                  missingReason={d.missingReason}
                  delta={
                    comparable
                      ? definitionDelta(d, value, d.pick(props.previousKpis), provisional)
                      : notComparable(props.previousKpis.tickets)
                  }
                  note={d.note?.(props.kpis)}
                  drill={
                    d.drill && {
                      href: ticketsPageHref(
                        range,
                        { ...scope, ...d.drill.filters },
                        d.drill.sort ?? NEWEST,
                      ),
                      label: `Show ${d.drill.what} behind “${d.label}”`,
                    }
                  }
                  comparison={
                    props.comparison && {
                      label: props.comparison.label,
                      value: compared ?? null,
                      display: compared == null ? '—' : d.format(compared),
                    }
                  }
                />
              </li>
            );
          })}
      </ul>
    </section>
  );
}
