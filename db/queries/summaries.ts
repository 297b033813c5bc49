/**
 * Keeps the summary tables equal to an aggregation over the tickets: `applyContribution` adds or
 * removes one ticket's share (called in the write transaction), `rebuildSummaries` recomputes all
 * of them from scratch with the same definitions.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../open';
import { bucketOf } from '@/lib/histogram';
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

const measureList = MEASURES.join(', ');
const measurePlaceholders = MEASURES.map(() => '?').join(', ');
const measureAccumulate = MEASURES.map((m) => `${m} = ${m} + excluded.${m}`).join(', ');

function measuresOf(t: SummarizedTicket, sign: 1 | -1): number[] {
  const resolved = t.resolvedAt !== null;
  return [
    1,
    t.rootCauseId !== null ? 1 : 0,
    t.isRecurrence ? 1 : 0,
    resolved ? 1 : 0,
    resolved && t.contactCount === 1 ? 1 : 0,
    t.contactCount,
    t.handleSeconds,
    t.fixCostCents,
  ].map((v) => v * sign);
}

const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  return {
    department: sqlite.prepare(
      `INSERT INTO daily_department_stats (day, department_key, ${measureList})
       VALUES (?, ?, ${measurePlaceholders})
       ON CONFLICT (day, department_key) DO UPDATE SET ${measureAccumulate}`,
    ),
    departmentPrune: sqlite.prepare(
      'DELETE FROM daily_department_stats WHERE day = ? AND department_key = ? AND tickets = 0',
    ),
    cause: sqlite.prepare(
      `INSERT INTO daily_cause_stats (day, department_key, cause_key, ${measureList})
       VALUES (?, ?, ?, ${measurePlaceholders})
       ON CONFLICT (day, department_key, cause_key) DO UPDATE SET ${measureAccumulate}`,
    ),
    causePrune: sqlite.prepare(
      `DELETE FROM daily_cause_stats
       WHERE day = ? AND department_key = ? AND cause_key = ? AND tickets = 0`,
    ),
    histogram: sqlite.prepare(
      `INSERT INTO resolution_histogram (period_kind, period, department_key, bucket, count)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (period_kind, period, department_key, bucket)
       DO UPDATE SET count = count + excluded.count`,
    ),
    histogramPrune: sqlite.prepare(
      `DELETE FROM resolution_histogram
       WHERE period_kind = ? AND period = ? AND department_key = ? AND bucket = ? AND count = 0`,
    ),
  };
}

function statements(sqlite: Database.Database) {
  let cached = statementCache.get(sqlite);
  if (!cached) {
    cached = prepare(sqlite);
    statementCache.set(sqlite, cached);
  }
  return cached;
}

/**
 * Adds (sign 1) or removes (sign -1) one ticket's share of every summary table. Rows that fall to
 * zero are deleted so the tables stay identical to a rebuild. Call inside the write transaction.
 */
export function applyContribution(db: Db, t: SummarizedTicket, sign: 1 | -1): void {
  const s = statements(db.$client);
  const day = dayOf(t.openedAt);
  const departmentKey = t.departmentId ?? 0;
  const causeKey = t.rootCauseId ?? 0;
  const measures = measuresOf(t, sign);
  s.department.run(day, departmentKey, ...measures);
  s.cause.run(day, departmentKey, causeKey, ...measures);
  const hours = resolutionHours(t.openedAt, t.resolvedAt);
  if (hours !== null) {
    const bucket = bucketOf(hours);
    s.histogram.run('d', day, departmentKey, bucket, sign);
    s.histogram.run('m', monthOf(day), departmentKey, bucket, sign);
    if (sign < 0) {
      s.histogramPrune.run('d', day, departmentKey, bucket);
      s.histogramPrune.run('m', monthOf(day), departmentKey, bucket);
    }
  }
  if (sign < 0) {
    s.departmentPrune.run(day, departmentKey);
    s.causePrune.run(day, departmentKey, causeKey);
  }
}

const sumMeasures = MEASURES.map((m) => `SUM(${m})`).join(', ');

/** Recomputes every summary table from the tickets (after a bulk load, or to repair). */
export function rebuildSummaries(db: Db): void {
  db.$client.transaction(() => {
    db.$client.exec(`
      DELETE FROM daily_department_stats;
      DELETE FROM daily_cause_stats;
      DELETE FROM resolution_histogram;

      INSERT INTO daily_cause_stats (day, department_key, cause_key, ${measureList})
      SELECT opened_at / 86400000, COALESCE(department_id, 0), COALESCE(root_cause_id, 0),
             COUNT(*),
             SUM(root_cause_id IS NOT NULL),
             SUM(is_recurrence),
             SUM(resolved_at IS NOT NULL),
             SUM(resolved_at IS NOT NULL AND contact_count = 1),
             SUM(contact_count),
             SUM(handle_seconds),
             SUM(fix_cost_cents)
      FROM tickets
      GROUP BY 1, 2, 3;

      INSERT INTO daily_department_stats (day, department_key, ${measureList})
      SELECT day, department_key, ${sumMeasures}
      FROM daily_cause_stats
      GROUP BY day, department_key;

      INSERT INTO resolution_histogram (period_kind, period, department_key, bucket, count)
      SELECT 'd', opened_at / 86400000, COALESCE(department_id, 0),
             resolution_bucket((resolved_at - opened_at) / 3600000.0), COUNT(*)
      FROM tickets
      WHERE resolved_at IS NOT NULL
      GROUP BY 2, 3, 4;

      INSERT INTO resolution_histogram (period_kind, period, department_key, bucket, count)
      SELECT 'm', month_of_day(period), department_key, bucket, SUM(count)
      FROM resolution_histogram
      WHERE period_kind = 'd'
      GROUP BY 2, 3, 4;
    `);
  })();
}
