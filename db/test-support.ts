/**
 * Temporary databases for tests: a fresh migrated file per call, with a little reference data and
 * a generated data set written through the real write path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { openDatabase, type Db } from './open';
import { updateTickets, upsertTickets, type TicketUpsert } from './queries/ticket-writes';
import { Rng } from './seed/random';
import { CHANNELS } from '@/lib/domain';
import type { Kpis, MetricTicket } from '@/lib/metrics';
import type { RecurrenceTicket } from '@/lib/recurrence';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dayOf, isoToDay, MS_PER_DAY } from '@/lib/time';

export function openTestDatabase(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-test-'));
  return openDatabase(path.join(dir, 'test.db'));
}

/** Causes 1-4 (two upstream departments, customer service), customers 1-5, products 1-3. */
export function insertReferenceRows(db: Db): void {
  db.$client.exec(`
    INSERT INTO root_causes (id, department_id, name) VALUES
      (1, 3, 'Transposed part number'), (2, 4, 'Wrong item picked'),
      (3, 1, 'Dimensional out of tolerance'), (4, 7, 'Wrong promise date given');
    INSERT INTO customers (id, name) VALUES (1, 'Acme'), (2, 'Globex'), (3, 'Initech'),
      (4, 'Umbrella'), (5, 'Hooli');
    INSERT INTO products (id, sku, name) VALUES (1, 'VX-1', 'Valve'), (2, 'VX-2', 'Pump'),
      (3, 'VX-3', 'Seal kit');
  `);
}

/** All rows of a table in a stable order, for comparing two states. */
export function tableRows(db: Db, table: string, orderBy: string): unknown[] {
  return db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all();
}

const SUMMARY_TABLES = [
  ['department_stats', 'period_kind, period, department_key'],
  ['cause_stats', 'period_kind, period, department_key, cause_key'],
  ['resolution_histogram', 'period_kind, period, department_key, cause_key'],
] as const;

/** Every summary row, for comparing the kept-current tables with a rebuild from the tickets. */
export function snapshotSummaries(db: Db) {
  return SUMMARY_TABLES.map(([table, order]) => tableRows(db, table, order));
}

/** Every ticket as recurrence is decided over it, with its stored flag (1: a recurrence). */
export function storedRecurrenceTickets(db: Db): (RecurrenceTicket & { flag: number })[] {
  return db.$client
    .prepare(
      `SELECT id, customer_id AS customerId, product_id AS productId, root_cause_id AS rootCauseId,
              opened_at AS openedAt, resolved_at AS resolvedAt, is_recurrence AS flag FROM tickets`,
    )
    .all() as (RecurrenceTicket & { flag: number })[];
}

/** The generated tickets are opened over GENERATED_DAYS days from GENERATED_START. */
export const GENERATED_START = isoToDay('2025-01-01');
export const GENERATED_DAYS = 300;
const START = GENERATED_START;
const DAYS = GENERATED_DAYS;
// Causes 1-4 belong to departments 3, 4, 1, 7 (insertReferenceRows).
export const CAUSE_DEPARTMENT = [3, 4, 1, 7];

/**
 * A random data set written through the real write path, out of time order, then changed: 2,500
 * tickets over customers 1-5, products 1-3 and causes 1-4 (call insertReferenceRows first). Some
 * unclassified tickets of manufacturing (1) have a department without a cause.
 */
export function generateTickets(db: Db): void {
  const rng = new Rng(42);
  const inputs: TicketUpsert[] = [];
  for (let i = 0; i < 2500; i++) {
    const openedAt = (START + rng.int(DAYS)) * MS_PER_DAY + rng.int(MS_PER_DAY);
    const cause = rng.chance(0.12) ? null : rng.int(4);
    const contacts = Array.from({ length: rng.int(4) }, (_, k) => ({
      startedAt: openedAt + k * 3_600_000,
      channel: rng.pick(CHANNELS),
      agent: `agent-${rng.int(5)}`,
      handleSeconds: Math.round(rng.logNormal(300, 0.6)),
    }));
    inputs.push({
      sourceSystem: 'gen',
      externalId: `T${i}`,
      openedAt,
      resolvedAt: rng.chance(0.8)
        ? openedAt + Math.round(rng.logNormal(30, 1.5) * 3_600_000)
        : null,
      channel: rng.pick(CHANNELS),
      customerId: 1 + rng.int(5),
      productId: 1 + rng.int(3),
      rootCauseId: cause === null ? null : cause + 1,
      departmentId: cause === null ? (rng.chance(0.25) ? 1 : null) : CAUSE_DEPARTMENT[cause],
      fixCostCents: rng.chance(0.3) ? rng.int(50_000) : 0,
      contacts,
    });
  }
  // Shuffled batches: imports arrive out of time order.
  for (let i = inputs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [inputs[i], inputs[j]] = [inputs[j], inputs[i]];
  }
  for (let i = 0; i < inputs.length; i += 400) {
    upsertTickets(db, inputs.slice(i, i + 400), DEFAULT_SETTINGS);
  }
  // Later resolutions and re-classifications.
  const changes = Array.from({ length: 200 }, (_, k) => {
    const cause = rng.int(4);
    return k % 2 === 0
      ? {
          id: 1 + rng.int(2500),
          fields: { rootCauseId: cause + 1, departmentId: CAUSE_DEPARTMENT[cause] },
        }
      : { id: 1 + rng.int(2500), fields: { resolvedAt: (START + DAYS + 5) * MS_PER_DAY } };
  });
  updateTickets(db, changes, DEFAULT_SETTINGS);
}

export interface GeneratedTicket extends MetricTicket {
  departmentId: number | null;
  customerId: number;
  productId: number | null;
}

/** The exact path's input: every ticket opened in the day range (of one department). */
export function ticketsOpenedIn(
  db: Db,
  fromDay: number,
  toDay: number,
  departmentId?: number,
): GeneratedTicket[] {
  const rows = db.$client
    .prepare(
      `SELECT t.opened_at AS openedAt, t.resolved_at AS resolvedAt, t.root_cause_id AS rootCauseId,
              d.is_upstream AS upstream, t.contact_count AS contactCount,
              t.handle_seconds AS handleSeconds, t.fix_cost_cents AS fixCostCents,
              t.is_recurrence AS isRecurrence, t.department_id AS departmentId,
              t.customer_id AS customerId, t.product_id AS productId
       FROM tickets t LEFT JOIN departments d ON d.id = t.department_id`,
    )
    .all() as (Omit<MetricTicket, 'departmentIsUpstream' | 'isRecurrence'> & {
    upstream: number | null;
    isRecurrence: number;
    departmentId: number | null;
    customerId: number;
    productId: number | null;
  })[];
  return rows
    .filter((r) => dayOf(r.openedAt) >= fromDay && dayOf(r.openedAt) <= toDay)
    .filter((r) => departmentId === undefined || r.departmentId === departmentId)
    .map((r) => ({
      ...r,
      departmentIsUpstream: r.upstream === null ? null : r.upstream === 1,
      isRecurrence: r.isRecurrence === 1,
    }));
}

/** Every figure equal, percentiles within the histogram's 1 %. */
export function expectSameKpis(fromSql: Kpis, exact: Kpis) {
  const { p50ResolutionHours, p90ResolutionHours, ...rest } = fromSql;
  const { p50ResolutionHours: p50, p90ResolutionHours: p90, ...exactRest } = exact;
  expect(rest).toEqual(exactRest);
  for (const [approx, truth] of [
    [p50ResolutionHours, p50],
    [p90ResolutionHours, p90],
  ]) {
    if (truth === null) expect(approx).toBeNull();
    else expect(Math.abs(approx! - truth) / truth).toBeLessThan(0.01);
  }
}
