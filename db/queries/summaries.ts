/**
 * Keeps the summary tables equal to an aggregation over the tickets. A write collects every
 * ticket's added and removed shares in a `SummaryDelta` and flushes it once, inside its
 * transaction; `rebuildSummaries` recomputes all of them from scratch.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../open';
import {
  addEncoded,
  addHistogram,
  bucketOf,
  encodeHistogram,
  HistogramPool,
  type Histogram,
} from '@/lib/histogram';
import { resolutionHours } from '@/lib/metrics';
import { dayOf, monthOf } from '@/lib/time';

/**
 * Summary rows a bulk write gathers before it writes them: memory then holds a few days of
 * summary rows (about 5 MB of histograms), not the whole load's.
 */
export const SUMMARY_ROWS_HELD = 4_000;

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
  'resolved_with_contacts',
  'contacts',
  'handle_seconds',
  'fix_cost_cents',
] as const;

const TICKETS = MEASURES.indexOf('tickets');
const RECURRENCES = MEASURES.indexOf('recurrences');

/** Adds (sign 1) or removes (sign -1) a ticket's measures, in the order of MEASURES. */
function addMeasures(measures: number[], t: SummarizedTicket, sign: 1 | -1): void {
  const resolved = t.resolvedAt !== null;
  measures[0] += sign;
  if (t.rootCauseId !== null) measures[1] += sign;
  if (t.isRecurrence) measures[2] += sign;
  if (resolved) measures[3] += sign;
  if (resolved && t.contactCount === 1) measures[4] += sign;
  if (resolved && t.contactCount > 0) measures[5] += sign;
  measures[6] += sign * t.contactCount;
  measures[7] += sign * t.handleSeconds;
  measures[8] += sign * t.fixCostCents;
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

/** The rows of one day that a department's or a cause's tickets add to (SummaryDelta's cache). */
interface DayRows {
  key: number;
  measures: number[];
  /** Created with the first resolved ticket. */
  counts: Histogram | null;
}

interface DepartmentDayRows extends DayRows {
  day: number;
  causes: Map<number, DayRows>;
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

/**
 * The summed change of a batch of ticket writes to every summary row it touches.
 *
 * It holds day rows only: every write changes a ticket's month rows exactly as it changes its day
 * rows, so a month row's change is the sum of its days' changes, added up once when the delta is
 * read (`rows`, `flush`) instead of for every ticket.
 */
export class SummaryDelta {
  private readonly causes = new Map<number, StatsDelta>();
  private readonly departments = new Map<number, StatsDelta>();
  private readonly histograms = new HistogramRows();
  /** The month rows of every flush, cut from the same memory each time (see HistogramPool). */
  private readonly monthHistograms = new HistogramRows();
  /**
   * The rows of the day last added to, by department and then cause: tickets mostly come in day
   * order, and two lookups by small keys cost far less than four by 53-bit ones.
   */
  private cachedDay = NaN;
  private readonly rowsOfDay = new Map<number, DepartmentDayRows>();

  /** Day rows it holds (the month rows follow from them): a histogram row holds a few kB. */
  get size(): number {
    return this.causes.size + this.departments.size + this.histograms.size;
  }

  /**
   * The delta as plain rows, day rows first, then the month rows they add up to; the month
   * histograms are cut from `monthHistograms`.
   */
  rows(monthHistograms = new HistogramRows()): SummaryRows {
    const days: SummaryRows = {
      causes: [...this.causes.values()],
      departments: [...this.departments.values()],
      histograms: [...this.histograms.values()],
    };
    const months = monthRows(days, monthHistograms);
    return {
      causes: [...days.causes, ...months.causes],
      departments: [...days.departments, ...months.departments],
      histograms: [...days.histograms, ...months.histograms],
    };
  }

  /** Adds (sign 1) or removes (sign -1) one ticket's share. */
  add(t: SummarizedTicket, sign: 1 | -1): void {
    const department = this.departmentRows(dayOf(t.openedAt), t.departmentId ?? 0);
    const cause = this.causeRows(department, t.rootCauseId ?? 0);
    addMeasures(cause.measures, t, sign);
    addMeasures(department.measures, t, sign);
    const hours = resolutionHours(t.openedAt, t.resolvedAt);
    if (hours === null) return;
    const bucket = bucketOf(hours);
    cause.counts ??= this.histograms.counts('d', department.day, department.key, cause.key);
    cause.counts[bucket] += sign;
    department.counts ??= this.histograms.counts('d', department.day, department.key, ALL_CAUSES);
    department.counts[bucket] += sign;
  }

  private departmentRows(day: number, departmentKey: number): DepartmentDayRows {
    if (day !== this.cachedDay) {
      this.cachedDay = day;
      this.rowsOfDay.clear();
    }
    let rows = this.rowsOfDay.get(departmentKey);
    if (!rows) {
      const measures = statsRow(this.departments, 'd', day, departmentKey, 0);
      rows = { day, key: departmentKey, measures, counts: null, causes: new Map() };
      this.rowsOfDay.set(departmentKey, rows);
    }
    return rows;
  }

  private causeRows(department: DepartmentDayRows, causeKey: number): DayRows {
    let rows = department.causes.get(causeKey);
    if (!rows) {
      const { day, key } = department;
      const measures = statsRow(this.causes, 'd', day, key, causeKey);
      rows = { key: causeKey, measures, counts: null };
      department.causes.set(causeKey, rows);
    }
    return rows;
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
    const change = isRecurrence ? 1 : -1;
    statsRow(this.causes, 'd', day, departmentKey, t.rootCauseId ?? 0)[RECURRENCES] += change;
    statsRow(this.departments, 'd', day, departmentKey, 0)[RECURRENCES] += change;
  }

  /**
   * Writes the change; rows that fall to zero are deleted so the tables equal a rebuild. A row
   * that gained tickets cannot fall to zero (no stored count is negative), so only the others
   * are checked.
   */
  flush(db: Pick<Db, '$client'>): void {
    const s = statements(db.$client);
    const { causes, departments, histograms } = this.rows(this.monthHistograms);
    for (const d of causes) {
      if (d.measures.every((m) => m === 0)) continue;
      s.cause.run(d.kind, d.period, d.departmentKey, d.causeKey, ...d.measures);
      if (d.measures[TICKETS] <= 0) s.causePrune.run(d.kind, d.period, d.departmentKey, d.causeKey);
    }
    for (const d of departments) {
      if (d.measures.every((m) => m === 0)) continue;
      s.department.run(d.kind, d.period, d.departmentKey, ...d.measures);
      if (d.measures[TICKETS] <= 0) s.departmentPrune.run(d.kind, d.period, d.departmentKey);
    }
    for (const d of histograms) {
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
    this.monthHistograms.clear();
    this.rowsOfDay.clear();
  }
}

/** The month rows that day rows add up to; `histograms` receives the month histograms. */
function monthRows(days: SummaryRows, histograms: HistogramRows): SummaryRows {
  const monthOfDay = new Map<number, number>();
  const month = (day: number) => {
    let m = monthOfDay.get(day);
    if (m === undefined) {
      m = monthOf(day);
      monthOfDay.set(day, m);
    }
    return m;
  };
  const causes = new Map<number, StatsDelta>();
  const departments = new Map<number, StatsDelta>();
  const addStats = (target: Map<number, StatsDelta>, from: StatsDelta[]) => {
    for (const d of from) {
      const measures = statsRow(target, 'm', month(d.period), d.departmentKey, d.causeKey);
      for (let i = 0; i < measures.length; i++) measures[i] += d.measures[i];
    }
  };
  addStats(causes, days.causes);
  addStats(departments, days.departments);
  for (const d of days.histograms) {
    addHistogram(histograms.counts('m', month(d.period), d.departmentKey, d.causeKey), d.counts);
  }
  return {
    causes: [...causes.values()],
    departments: [...departments.values()],
    histograms: [...histograms.values()],
  };
}

/** Histogram rows by key, their bucket counts cut from one pool. */
class HistogramRows {
  private readonly byKey = new Map<number, HistogramDelta>();
  private readonly pool = new HistogramPool();

  get size(): number {
    return this.byKey.size;
  }

  /** The bucket counts of one row, created empty when new. */
  counts(kind: PeriodKind, period: number, departmentKey: number, causeKey: number): Histogram {
    const key = rowKey(kind, period, departmentKey, causeKey);
    let delta = this.byKey.get(key);
    if (!delta) {
      delta = { kind, period, departmentKey, causeKey, counts: this.pool.take() };
      this.byKey.set(key, delta);
    }
    return delta.counts;
  }

  values(): IterableIterator<HistogramDelta> {
    return this.byKey.values();
  }

  /** Forgets every row; their bucket counts go back to the pool. */
  clear(): void {
    this.byKey.clear();
    this.pool.reset();
  }
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
             SUM(resolved_at IS NOT NULL AND contact_count > 0),
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
  const histograms = new HistogramRows();
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
      histograms.counts('d', day, departmentKey, key)[bucket] += 1;
      histograms.counts('m', month, departmentKey, key)[bucket] += 1;
    }
  }
  const put = statements(sqlite).histogramPut;
  for (const h of histograms.values()) {
    put.run(h.kind, h.period, h.departmentKey, h.causeKey, encodeHistogram(h.counts));
  }
}
