/**
 * Recurrence decided anew for every ticket, for when its definition changes (the window or the
 * key setting) and after a bulk load: the classified tickets are read group by group in
 * (customer, cause) order, and only the flags that change are written.
 */
import type { Db } from '../open';
import { findRecurrences, type RecurrenceTicket } from '@/lib/recurrence';
import type { Settings } from '@/lib/settings';

type Row = RecurrenceTicket & { isRecurrence: number };

/** A ticket whose stored recurrence flag is not what its group says. */
export interface RecurrenceFlip {
  id: number;
  isRecurrence: boolean;
}

/** Every ticket whose flag must change, without changing any. */
export function findRecurrenceFlips(
  db: Db,
  settings: Pick<Settings, 'recurrenceKey' | 'recurrenceWindowDays'>,
): RecurrenceFlip[] {
  const sqlite = db.$client;
  // Unclassified tickets never recur.
  const flips: RecurrenceFlip[] = (
    sqlite
      .prepare('SELECT id FROM tickets WHERE root_cause_id IS NULL AND is_recurrence = 1')
      .all() as { id: number }[]
  ).map(({ id }) => ({ id, isRecurrence: false }));
  /** One (customer, cause) block; findRecurrences splits it further by product if the key says. */
  const settle = (block: Row[]) => {
    const recurrences = findRecurrences(block, {
      windowDays: settings.recurrenceWindowDays,
      key: settings.recurrenceKey,
    });
    for (const t of block) {
      const isRecurrence = recurrences.has(t.id);
      if (isRecurrence !== (t.isRecurrence === 1)) flips.push({ id: t.id, isRecurrence });
    }
  };
  const rows = sqlite
    .prepare(
      `SELECT id, customer_id AS customerId, product_id AS productId, root_cause_id AS rootCauseId,
              opened_at AS openedAt, resolved_at AS resolvedAt, is_recurrence AS isRecurrence
       FROM tickets WHERE root_cause_id IS NOT NULL
       ORDER BY customer_id, root_cause_id`,
    )
    .iterate() as IterableIterator<Row>;
  let group: Row[] = [];
  for (const row of rows) {
    const last = group[group.length - 1];
    if (last && (last.customerId !== row.customerId || last.rootCauseId !== row.rootCauseId)) {
      settle(group);
      group = [];
    }
    group.push(row);
  }
  settle(group);
  return flips;
}

/** Returns how many tickets changed. The summary tables must be rebuilt afterwards. */
export function redecideAllRecurrence(
  db: Db,
  settings: Pick<Settings, 'recurrenceKey' | 'recurrenceWindowDays'>,
): number {
  // better-sqlite3 refuses writes while a query iterates: the flips are written after the read.
  const flips = findRecurrenceFlips(db, settings);
  const setFlag = db.$client.prepare('UPDATE tickets SET is_recurrence = ? WHERE id = ?');
  for (const { id, isRecurrence } of flips) setFlag.run(isRecurrence ? 1 : 0, id);
  return flips.length;
}
