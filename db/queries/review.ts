/**
 * Everything the weekly review shows for one ISO week, read from the summary tables and frozen by
 * the week: every comparison is with the weeks before it, every "overdue" and every verdict is as
 * of its last moment, so the page shows the same next month.
 */
import type { Db } from '../open';
import {
  listActionsAsOf,
  withEffectiveness,
  type ActionWithEffect,
  type CorrectiveActionRow,
} from './corrective-actions';
import { listDepartments } from './departments';
import { countOpenDisputesRaisedAfter, listDisputes, type DisputeRow } from './disputes';
import { listCauseOptions } from './lookups';
import { kpisForRange } from './overview';
import { getSettings } from './settings';
import { cChartLimits, signalOf, type ControlLimits } from '@/lib/control-chart';
import { makeRange, type DateRange } from '@/lib/filters';
import { isoWeekOf, weekProgress } from '@/lib/iso-week';
import type { Kpis } from '@/lib/metrics';
import { findMovers, REVIEW_BASELINE_WEEKS, weeklyAverage, type Mover } from '@/lib/review';
import type { Settings } from '@/lib/settings';
import { dayOf, dayStartMs } from '@/lib/time';

/** Full weeks before the review week that give the control limits. */
export const CONTROL_BASELINE_WEEKS = 12;

export interface ReviewCause {
  causeId: number;
  causeName: string;
  departmentId: number;
  departmentSlug: string;
  departmentName: string;
  /** Tickets opened in the review week. */
  week: number;
  /** Tickets opened in the 4 weeks before. */
  baseline: number;
  /** Recurrences among the week's tickets. */
  recurrences: number;
}

export interface SpecialCause {
  kind: 'department' | 'cause';
  id: number;
  name: string;
  /** The department's slug, or the cause's department's. */
  departmentSlug: string;
  tickets: number;
  limits: ControlLimits;
  signal: 'above' | 'below';
}

export interface ReviewData {
  isoWeek: string;
  /** The week itself (Monday to Sunday) and the 4 weeks before it. */
  range: DateRange;
  baselineRange: DateRange;
  /** The week and the control baseline before it: the context a cause's page opens on. */
  contextRange: DateRange;
  kpis: Kpis;
  /** The baseline's figures as one average week. */
  baselineKpis: Kpis;
  /**
   * Whether the week is over. A running week's days so far against full baseline weeks look
   * like falls everywhere, so it gets no judgements: `movers` and `specialCauses` are null.
   */
  complete: boolean;
  causes: ReviewCause[];
  movers: { rose: Mover<ReviewCause>[]; fell: Mover<ReviewCause>[] } | null;
  /** Causes with tickets this week and none ever before. */
  firstSeen: ReviewCause[];
  recurrences: number;
  specialCauses: SpecialCause[] | null;
  actions: {
    /** Still to be done, due in the week. */
    due: CorrectiveActionRow[];
    /** Still to be done, due before the week. */
    overdue: CorrectiveActionRow[];
    /** Done within the effectiveness window before the week's end, with their verdict then. */
    measured: ActionWithEffect[];
  };
  /** Raised by the week's end and not settled by then; `status` is theirs now. */
  disputes: DisputeRow[];
  /** Raised after the week's end and open now: for the meeting, not part of the frozen week. */
  disputesRaisedSince: number;
  settings: Settings;
}

interface WeekRow {
  departmentKey: number;
  causeKey: number;
  /** 0 … CONTROL_BASELINE_WEEKS; the last is the review week. */
  weekIndex: number;
  tickets: number;
  recurrences: number;
}

/**
 * Weekly tickets and recurrences per department and cause, over the review week and before. The
 * CAST: a bound JavaScript number arrives as a REAL, which would make the division fractional.
 */
function weekRows(db: Db, fromDay: number, toDay: number): WeekRow[] {
  return db.$client
    .prepare(
      `SELECT department_key AS departmentKey, cause_key AS causeKey,
              CAST((period - ?) / 7 AS INTEGER) AS weekIndex,
              SUM(tickets) AS tickets, SUM(recurrences) AS recurrences
       FROM cause_stats WHERE period_kind = 'd' AND period BETWEEN ? AND ?
       GROUP BY department_key, cause_key, weekIndex`,
    )
    .all(fromDay, fromDay, toDay) as WeekRow[];
}

/** Of these causes, those with a ticket opened before the day. */
function seenBefore(db: Db, causeIds: number[], day: number): Set<number> {
  const query = db.$client.prepare(
    `SELECT 1 FROM cause_stats
     WHERE cause_key = ? AND period_kind = 'd' AND period < ? AND tickets > 0 LIMIT 1`,
  );
  return new Set(causeIds.filter((id) => query.get(id, day) !== undefined));
}

/** Per department or cause (`key`), its ticket counts of the baseline weeks and the week. */
function controlChartCounts(rows: WeekRow[], key: (r: WeekRow) => number): Map<number, number[]> {
  const series = new Map<number, number[]>();
  for (const r of rows) {
    const counts = series.get(key(r)) ?? new Array<number>(CONTROL_BASELINE_WEEKS + 1).fill(0);
    counts[r.weekIndex] += r.tickets;
    series.set(key(r), counts);
  }
  return series;
}

function specialCausesOf(
  series: Map<number, number[]>,
  describe: (id: number) => Omit<SpecialCause, 'tickets' | 'limits' | 'signal'> | undefined,
): SpecialCause[] {
  const found: SpecialCause[] = [];
  for (const [id, counts] of series) {
    const limits = cChartLimits(counts.slice(0, CONTROL_BASELINE_WEEKS));
    const tickets = counts[CONTROL_BASELINE_WEEKS];
    const signal = signalOf(tickets, limits);
    const subject = describe(id);
    if (signal && limits && subject) found.push({ ...subject, tickets, limits, signal });
  }
  return found;
}

/** How far beyond its limit a week is, in standard deviations. */
const excess = (s: SpecialCause) =>
  (s.signal === 'above' ? s.tickets - s.limits.upper : s.limits.lower - s.tickets) /
  Math.max(Math.sqrt(s.limits.centre), 1);

/** The review of the week starting on that Monday, as seen on `today` (a week under way or over). */
export function getReview(db: Db, weekStartDay: number, today: number): ReviewData {
  const complete = weekProgress(weekStartDay, today) === 'over';
  const settings = getSettings(db);
  const weekEndDay = weekStartDay + 6;
  const range = makeRange(weekStartDay, weekEndDay, 'custom');
  const baselineRange = makeRange(
    weekStartDay - 7 * REVIEW_BASELINE_WEEKS,
    weekStartDay - 1,
    'custom',
  );
  const contextRange = makeRange(weekStartDay - 7 * CONTROL_BASELINE_WEEKS, weekEndDay, 'custom');
  const endOfWeekMs = dayStartMs(weekEndDay + 1) - 1;

  const rows = weekRows(db, contextRange.fromDay, weekEndDay);
  const departments = listDepartments(db);
  // Retired causes still have this week's or earlier weeks' tickets; merged ones have none.
  const causeInfo = new Map(
    listCauseOptions(db, { includeRetired: true }).map((c) => [
      c.id,
      {
        causeId: c.id,
        causeName: c.name,
        departmentId: c.departmentId,
        departmentSlug: c.departmentSlug,
        departmentName: c.departmentName,
      },
    ]),
  );

  const byCause = new Map<number, ReviewCause>();
  for (const r of rows) {
    const info = causeInfo.get(r.causeKey);
    if (!info || r.weekIndex < CONTROL_BASELINE_WEEKS - REVIEW_BASELINE_WEEKS) continue;
    const cause = byCause.get(r.causeKey) ?? { ...info, week: 0, baseline: 0, recurrences: 0 };
    if (r.weekIndex === CONTROL_BASELINE_WEEKS) {
      cause.week += r.tickets;
      cause.recurrences += r.recurrences;
    } else {
      cause.baseline += r.tickets;
    }
    byCause.set(r.causeKey, cause);
  }
  const causes = [...byCause.values()].sort(
    (a, b) => b.week - a.week || a.causeName.localeCompare(b.causeName),
  );
  const inWeek = causes.filter((c) => c.week > 0);
  const before = seenBefore(
    db,
    inWeek.map((c) => c.causeId),
    weekStartDay,
  );

  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const findSpecialCauses = () =>
    [
      ...specialCausesOf(
        controlChartCounts(rows, (r) => r.departmentKey),
        (id) => {
          const d = departmentById.get(id);
          return d && { kind: 'department', id, name: d.name, departmentSlug: d.slug };
        },
      ),
      ...specialCausesOf(
        controlChartCounts(rows, (r) => r.causeKey),
        (id) => {
          const c = causeInfo.get(id);
          return c && { kind: 'cause', id, name: c.causeName, departmentSlug: c.departmentSlug };
        },
      ),
    ].sort((a, b) => excess(b) - excess(a));

  const current = kpisForRange(db, range, settings.agentCostPerHour).kpis;
  const baseline = kpisForRange(db, baselineRange, settings.agentCostPerHour).kpis;
  const actions = listActionsAsOf(db, endOfWeekMs);
  // Open at the week's end: not abandoned, and not done by then (a done date is the truth
  // about when; the demo's actions have no recorded history of their status).
  const stillOpen = actions.filter(
    (a) =>
      a.dueAt !== null && a.status !== 'abandoned' && (a.doneAt === null || a.doneAt > endOfWeekMs),
  );
  const measuredFrom = weekStartDay - 7 * settings.effectivenessWeeks;
  const measured = actions.filter((a) => {
    if (a.doneAt === null) return false;
    const doneDay = dayOf(a.doneAt);
    return doneDay >= measuredFrom && doneDay <= weekEndDay;
  });
  return {
    isoWeek: isoWeekOf(weekStartDay),
    range,
    baselineRange,
    contextRange,
    kpis: current,
    baselineKpis: weeklyAverage(baseline, REVIEW_BASELINE_WEEKS),
    complete,
    causes,
    movers: complete ? findMovers(causes) : null,
    firstSeen: inWeek.filter((c) => !before.has(c.causeId)),
    recurrences: causes.reduce((sum, c) => sum + c.recurrences, 0),
    specialCauses: complete ? findSpecialCauses() : null,
    actions: {
      due: stillOpen.filter(
        (a) => dayOf(a.dueAt!) >= weekStartDay && dayOf(a.dueAt!) <= weekEndDay,
      ),
      overdue: stillOpen.filter((a) => dayOf(a.dueAt!) < weekStartDay),
      measured: withEffectiveness(db, measured, settings.effectivenessWeeks, endOfWeekMs),
    },
    disputes: listDisputes(db, { openAt: endOfWeekMs }),
    disputesRaisedSince: countOpenDisputesRaisedAfter(db, endOfWeekMs),
    settings,
  };
}
