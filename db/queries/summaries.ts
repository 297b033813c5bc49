/**
 * Keeps the summary tables equal to an aggregation over the tickets. A write collects every
 * ticket's added and removed shares in a `SummaryDelta` and flushes it once, inside its
 * transaction; `rebuildSummaries` recomputes all of them from scratch.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../open';
import {
  addEncoded,
  bucketOf,
  emptyHistogram,
  encodeHistogram,
  type Histogram,
} from '@/lib/histogram';
import { resolutionHours } from '@/lib/metrics';
import { dayOf, monthOf } from '@/lib/time';

/** The ticket columns a summary row depends on. */
export interface SummarizedTicket {
  openedAt: number;
  resolvedAt: number | null;
  rootCauseId: number | null;
  departmentId: number | null;
  contactCount: number;
  handleSeconds: number;
  fixCostCents: number;
  isRecurrence: boolean;
}

type PeriodKind = 'd' | 'm';

/**
 * Histogram rows with this cause key hold all of a department's tickets, so department and
 * company percentiles read one row per period and department instead of one per cause.
 */
export const ALL_CAUSES = -1;

const MEASURES = [
  'tickets',
  'classified',
  'recurrences',
  'resolved',
  'resolved_one_contact',
  'contacts',
  'handle_seconds',
  'fix_cost_cents',
] as const;

const RECURRENCES = MEASURES.indexOf('recurrences');

/** Adds (sign 1) or removes (sign -1) a ticket's measures, in the order of MEASURES. */
function addMeasures(measures: number[], t: SummarizedTicket, sign: 1 | -1): void {
  const resolved = t.resolvedAt !== null;
  measures[0] += sign;
  if (t.rootCauseId !== null) measures[1] += sign;
  if (t.isRecurrence) measures[2] += sign;
  if (resolved) measures[3] += sign;
  if (resolved && t.contactCount === 1) measures[4] += sign;
  measures[5] += sign * t.contactCount;
  measures[6] += sign * t.handleSeconds;
  measures[7] += sign * t.fixCostCents;
}

interface StatsDelta {
  kind: PeriodKind;
  period: number;
  departmentKey: number;
  causeKey: number;
  measures: number[];
}

interface HistogramDelta {
  kind: PeriodKind;
  period: number;
  departmentKey: number;
  causeKey: number;
  counts: Histogram;
}

/** A SummaryDelta as plain data. */
export interface SummaryRows {
  causes: StatsDelta[];
  departments: StatsDelta[];
  histograms: HistogramDelta[];
}

const DEPARTMENT_KEYS = 2 ** 16;
const CAUSE_KEYS = 2 ** 20;
const PERIODS = 2 ** 16;

/**
 * The key of a summary row as one number: its maps then hash numbers instead of building a
 * string for every ticket, which made adding up a million tickets take seconds. Periods (day
 * numbers up to the year 2149), departments and causes (ALL_CAUSES included) each get their
 * own bits, 53 in all.
 */
function rowKey(kind: PeriodKind, period: number, departmentKey: number, causeKey: number) {
  const cause = causeKey - ALL_CAUSES;
  if (period >= PERIODS || departmentKey >= DEPARTMENT_KEYS || cause >= CAUSE_KEYS) {
    throw new RangeError(
      `Summary key out of range: period ${period}, department ${departmentKey}, cause ${causeKey}`,
    );
  }
  return (
    ((period * 2 + (kind === 'd' ? 0 : 1)) * DEPARTMENT_KEYS + departmentKey) * CAUSE_KEYS + cause
  );
}

/** The summed change of a batch of ticket writes to every summary row it touches. */
export class SummaryDelta {
  private readonly causes = new Map<number, StatsDelta>();
  private readonly departments = new Map<number, StatsDelta>();
  private readonly histograms = new Map<number, HistogramDelta>();
  /** The month of the day last added: tickets mostly come in day order. */
  private lastDay = NaN;
  private lastMonth = NaN;

  /** Summary rows it holds: each histogram row holds a few kB of bucket counts. */
  get size(): number {
    return this.causes.size + this.departments.size + this.histograms.size;
  }

  /** The delta as plain rows. */
  rows(): SummaryRows {
    return {
      causes: [...this.causes.values()],
      departments: [...this.departments.values()],
      histograms: [...this.histograms.values()],
    };
  }

  /** Adds (sign 1) or removes (sign -1) one ticket's share. */
  add(t: SummarizedTicket, sign: 1 | -1): void {
    const day = dayOf(t.openedAt);
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastMonth = monthOf(day);
    }
    const hours = resolutionHours(t.openedAt, t.resolvedAt);
    const bucket = hours === null ? null : bucketOf(hours);
    this.addToPeriod('d', day, t, sign, bucket);
    this.addToPeriod('m', this.lastMonth, t, sign, bucket);
  }

  /**
   * Moves a stored ticket from "not a recurrence" to "a recurrence" or back: only the
   * recurrence counts of its cause and department rows change, so its key fields suffice.
   */
  moveRecurrence(
    t: Pick<SummarizedTicket, 'openedAt' | 'rootCauseId' | 'departmentId'>,
    isRecurrence: boolean,
  ): void {
    const day = dayOf(t.openedAt);
    const departmentKey = t.departmentId ?? 0;
    const causeKey = t.rootCauseId ?? 0;
    const change = isRecurrence ? 1 : -1;
    for (const [kind, period] of [
      ['d', day],
      ['m', monthOf(day)],
    ] as const) {
      statsRow(this.causes, kind, period, departmentKey, causeKey)[RECURRENCES] += change;
      statsRow(this.departments, kind, period, departmentKey, 0)[RECURRENCES] += change;
    }
  }

  private addToPeriod(
    kind: PeriodKind,
    period: number,
    t: SummarizedTicket,
    sign: 1 | -1,
    bucket: number | null,
  ): void {
    const departmentKey = t.departmentId ?? 0;
    const causeKey = t.rootCauseId ?? 0;
    addMeasures(statsRow(this.causes, kind, period, departmentKey, causeKey), t, sign);
    addMeasures(statsRow(this.departments, kind, period, departmentKey, 0), t, sign);
    if (bucket === null) return;
    histogramCounts(this.histograms, kind, period, departmentKey, causeKey)[bucket] += sign;
    histogramCounts(this.histograms, kind, period, departmentKey, ALL_CAUSES)[bucket] += sign;
  }

  /** Writes the change; rows that fall to zero are deleted so the tables equal a rebuild. */
  flush(db: Pick<Db, '$client'>): void {
    const s = statements(db.$client);
    for (const d of this.causes.values()) {
      if (d.measures.every((m) => m === 0)) continue;
      s.cause.run(d.kind, d.period, d.departmentKey, d.causeKey, ...d.measures);
      s.causePrune.run(d.kind, d.period, d.departmentKey, d.causeKey);
    }
    for (const d of this.departments.values()) {
      if (d.measures.every((m) => m === 0)) continue;
      s.department.run(d.kind, d.period, d.departmentKey, ...d.measures);
      s.departmentPrune.run(d.kind, d.period, d.departmentKey);
    }
    for (const d of this.histograms.values()) {
      const stored = s.histogramGet.get(d.kind, d.period, d.departmentKey, d.causeKey) as
        { counts: Buffer } | undefined;
      if (stored) addEncoded(d.counts, stored.counts);
      const encoded = encodeHistogram(d.counts);
      if (encoded) s.histogramPut.run(d.kind, d.period, d.departmentKey, d.causeKey, encoded);
      else s.histogramDelete.run(d.kind, d.period, d.departmentKey, d.causeKey);
    }
    this.causes.clear();
    this.departments.clear();
    this.histograms.clear();
  }
}

/** The bucket counts of one histogram row in `map`, created empty when new. */
function histogramCounts(
  map: Map<number, HistogramDelta>,
  kind: PeriodKind,
  period: number,
  departmentKey: number,
  causeKey: number,
): Histogram {
  const key = rowKey(kind, period, departmentKey, causeKey);
  let delta = map.get(key);
  if (!delta) {
    delta = { kind, period, departmentKey, causeKey, counts: emptyHistogram() };
    map.set(key, delta);
  }
  return delta.counts;
}

/** The measures of one stats row in `map`, created at zero when new. */
function statsRow(
  map: Map<number, StatsDelta>,
  kind: PeriodKind,
  period: number,
  departmentKey: number,
  causeKey: number,
): number[] {
  const key = rowKey(kind, period, departmentKey, causeKey);
  let delta = map.get(key);
  if (!delta) {
    delta = { kind, period, departmentKey, causeKey, measures: MEASURES.map(() => 0) };
    map.set(key, delta);
  }
  return delta.measures;
}

const measureList = MEASURES.join(', ');
const measurePlaceholders = MEASURES.map(() => '?').join(', ');
const measureAccumulate = MEASURES.map((m) => `${m} = ${m} + excluded.${m}`).join(', ');

function prepare(sqlite: Database.Database) {
  return {
    department: sqlite.prepare(
      `INSERT INTO department_stats (period_kind, period, department_key, ${measureList})
       VALUES (?, ?, ?, ${measurePlaceholders})
       ON CONFLICT (period_kind, period, department_key) DO UPDATE SET ${measureAccumulate}`,
    ),
    departmentPrune: sqlite.prepare(
      `DELETE FROM department_stats
       WHERE period_kind = ? AND period = ? AND department_key = ? AND tickets = 0`,
    ),
    cause: sqlite.prepare(
      `INSERT INTO cause_stats (period_kind, period, department_key, cause_key, ${measureList})
       VALUES (?, ?, ?, ?, ${measurePlaceholders})
       ON CONFLICT (period_kind, period, department_key, cause_key)
       DO UPDATE SET ${measureAccumulate}`,
    ),
    causePrune: sqlite.prepare(
      `DELETE FROM cause_stats WHERE period_kind = ? AND period = ? AND department_key = ?
       AND cause_key = ? AND tickets = 0`,
    ),
    histogramGet: sqlite.prepare(
      `SELECT counts FROM resolution_histogram
       WHERE period_kind = ? AND period = ? AND department_key = ? AND cause_key = ?`,
    ),
    histogramPut: sqlite.prepare(
      `INSERT OR REPLACE INTO resolution_histogram
         (period_kind, period, department_key, cause_key, counts) VALUES (?, ?, ?, ?, ?)`,
    ),
    histogramDelete: sqlite.prepare(
      `DELETE FROM resolution_histogram
       WHERE period_kind = ? AND period = ? AND department_key = ? AND cause_key = ?`,
    ),
  };
}

const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function statements(sqlite: Database.Database) {
  let cached = statementCache.get(sqlite);
  if (!cached) {
    cached = prepare(sqlite);
    statementCache.set(sqlite, cached);
  }
  return cached;
}

const sumMeasures = MEASURES.map((m) => `SUM(${m})`).join(', ');

/** Recomputes every summary table from the tickets (after a bulk load, or to repair). */
export function rebuildSummaries(db: Db): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    sqlite.exec(`
      DELETE FROM department_stats;
      DELETE FROM cause_stats;
      DELETE FROM resolution_histogram;

      INSERT INTO cause_stats (period_kind, period, department_key, cause_key, ${measureList})
      SELECT 'd', opened_at / 86400000, COALESCE(department_id, 0), COALESCE(root_cause_id, 0),
             COUNT(*),
             SUM(root_cause_id IS NOT NULL),
             SUM(is_recurrence),
             SUM(resolved_at IS NOT NULL),
             SUM(resolved_at IS NOT NULL AND contact_count = 1),
             SUM(contact_count),
             SUM(handle_seconds),
             SUM(fix_cost_cents)
      FROM tickets
      GROUP BY 2, 3, 4;

      INSERT INTO cause_stats (period_kind, period, department_key, cause_key, ${measureList})
      SELECT 'm', month_of_day(period), department_key, cause_key, ${sumMeasures}
      FROM cause_stats WHERE period_kind = 'd'
      GROUP BY 2, 3, 4;

      INSERT INTO department_stats (period_kind, period, department_key, ${measureList})
      SELECT period_kind, period, department_key, ${sumMeasures}
      FROM cause_stats
      GROUP BY period_kind, period, department_key;
    `);
    rebuildHistograms(sqlite);
  })();
}

/** Streams the resolved tickets once, counting each into its day and its month. */
function rebuildHistograms(sqlite: Database.Database): void {
  const histograms = new Map<number, HistogramDelta>();
  const counter = (kind: PeriodKind, period: number, departmentKey: number, causeKey: number) =>
    histogramCounts(histograms, kind, period, departmentKey, causeKey);
  const rows = sqlite
    .prepare(
      `SELECT opened_at / 86400000, COALESCE(department_id, 0), COALESCE(root_cause_id, 0),
              (resolved_at - opened_at) / 3600000.0
       FROM tickets WHERE resolved_at IS NOT NULL`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, number, number]>;
  for (const [day, departmentKey, causeKey, hours] of rows) {
    const bucket = bucketOf(hours);
    const month = monthOf(day);
    for (const key of [causeKey, ALL_CAUSES]) {
      counter('d', day, departmentKey, key)[bucket] += 1;
      counter('m', month, departmentKey, key)[bucket] += 1;
    }
  }
  const put = statements(sqlite).histogramPut;
  for (const h of histograms.values()) {
    put.run(h.kind, h.period, h.departmentKey, h.causeKey, encodeHistogram(h.counts));
  }
}
