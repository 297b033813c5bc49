/**
 * Recurrence decided anew for every ticket, for when its definition changes (the window or the
 * key setting) and after a bulk load: the classified tickets are read group by group in
 * (customer, cause) order, and only the flags that change are written.
 */
import type { Db } from '../open';
import { ANY_OF } from './sql-lists';
import { SummaryDelta } from './summaries';
import { findRecurrences } from '@/lib/recurrence';
import type { Settings } from '@/lib/settings';

/** A ticket of a group as the query lists it: id, opened, resolved, product, recurrence flag. */
type GroupMember = [number, number, number | null, number | null, 0 | 1];

/** A ticket whose stored recurrence flag is not what its group says, with its summary keys. */
export interface RecurrenceFlip {
  id: number;
  openedAt: number;
  rootCauseId: number | null;
  departmentId: number | null;
  isRecurrence: boolean;
}

/** Every ticket whose flag must change, without changing any. */
export function findRecurrenceFlips(
  db: Db,
  settings: Pick<Settings, 'recurrenceKey' | 'recurrenceWindowDays'>,
): RecurrenceFlip[] {
  const sqlite = db.$client;
  // Unclassified tickets never recur.
  const flips = (
    sqlite
      .prepare(
        `SELECT id, opened_at AS openedAt, root_cause_id AS rootCauseId,
                department_id AS departmentId FROM tickets
         WHERE root_cause_id IS NULL AND is_recurrence = 1`,
      )
      .all() as Omit<RecurrenceFlip, 'isRecurrence'>[]
  ).map((t): RecurrenceFlip => ({ ...t, isRecurrence: false }));
  const changed: Omit<RecurrenceFlip, 'departmentId'>[] = [];
  // One row per (customer, cause) group, its tickets as one JSON array; a group of one unflagged
  // ticket has nothing to decide and stays out. Reading the 900k classified tickets of a million
  // as rows cost 1.2 s in better-sqlite3's per-row calls where SQLite took 0.15 s; as groups,
  // 0.5 s. Only columns of tickets_recurrence_key (and the id): the scan reads that index alone.
  const groups = sqlite
    .prepare(
      `SELECT customer_id, root_cause_id,
              json_group_array(json_array(id, opened_at, resolved_at, product_id, is_recurrence))
       FROM tickets WHERE root_cause_id IS NOT NULL
       GROUP BY customer_id, root_cause_id
       HAVING COUNT(*) > 1 OR MAX(is_recurrence) = 1`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, string]>;
  const definition = { windowDays: settings.recurrenceWindowDays, key: settings.recurrenceKey };
  for (const [customerId, rootCauseId, json] of groups) {
    const tickets = (JSON.parse(json) as GroupMember[]).map(
      ([id, openedAt, resolvedAt, productId, flag]) => ({
        id,
        customerId,
        productId,
        rootCauseId,
        openedAt,
        resolvedAt,
        isRecurrence: flag === 1,
      }),
    );
    // findRecurrences splits the group further by product if the key says.
    const recurrences = findRecurrences(tickets, definition);
    for (const t of tickets) {
      const isRecurrence = recurrences.has(t.id);
      if (isRecurrence !== t.isRecurrence) {
        changed.push({ id: t.id, openedAt: t.openedAt, rootCauseId, isRecurrence });
      }
    }
  }
  const departments = new Map(
    sqlite
      .prepare(`SELECT id, department_id FROM tickets WHERE id IN ${ANY_OF}`)
      .raw()
      .all(JSON.stringify(changed.map((t) => t.id))) as [number, number | null][],
  );
  for (const t of changed) flips.push({ ...t, departmentId: departments.get(t.id) ?? null });
  return flips;
}

/**
 * Writes the flags: one statement per value, over the ids in table order, so that SQLite walks
 * the table once instead of seeking a row per flip. OR FAIL, for the reason BulkInsert gives:
 * no statement journal of every page touched, inside a transaction that any error undoes.
 */
export function writeRecurrenceFlips(db: Db, flips: readonly RecurrenceFlip[]): void {
  const update = db.$client.prepare(
    `UPDATE OR FAIL tickets SET is_recurrence = ? WHERE id IN ${ANY_OF}`,
  );
  for (const flag of [true, false]) {
    const ids = flips.filter((f) => f.isRecurrence === flag).map((f) => f.id);
    if (ids.length > 0) update.run(flag ? 1 : 0, JSON.stringify(ids.sort((a, b) => a - b)));
  }
}

/**
 * Decides recurrence anew for every ticket, and moves the summary shares of the tickets whose
 * flag changes: only their recurrence counts move, so this costs what the flips cost, where a
 * rebuild of the summaries read every ticket (2.7 s of 6.4 s at a million). Returns how many
 * tickets changed.
 */
export function redecideAllRecurrence(
  db: Db,
  settings: Pick<Settings, 'recurrenceKey' | 'recurrenceWindowDays'>,
): number {
  // better-sqlite3 refuses writes while a query iterates: the flips are written after the read.
  const flips = findRecurrenceFlips(db, settings);
  writeRecurrenceFlips(db, flips);
  const summaries = new SummaryDelta();
  for (const flip of flips) summaries.moveRecurrence(flip, flip.isRecurrence);
  summaries.flush(db);
  return flips.length;
}
