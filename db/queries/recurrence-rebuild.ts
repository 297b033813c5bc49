/**
 * Recurrence decided anew for every ticket, for when its definition changes (the window or the
 * key setting): the classified tickets are read group by group in the order of the
 * (customer, cause, opened) index, and only the flags that change are written.
 */
import type { Db } from '../open';
import { findRecurrences, type RecurrenceTicket } from '@/lib/recurrence';
import type { Settings } from '@/lib/settings';

type Row = RecurrenceTicket & { isRecurrence: number };

/** Returns how many tickets changed. The summary tables must be rebuilt afterwards. */
export function redecideAllRecurrence(
  db: Db,
  settings: Pick<Settings, 'recurrenceKey' | 'recurrenceWindowDays'>,
): number {
  const sqlite = db.$client;
  const setFlag = sqlite.prepare('UPDATE tickets SET is_recurrence = ? WHERE id = ?');
  // better-sqlite3 refuses writes while a query iterates: the flips are written after the read.
  const flips: [flag: number, id: number][] = [];
  /** One (customer, cause) block; findRecurrences splits it further by product if the key says. */
  const settle = (block: Row[]) => {
    const recurrences = findRecurrences(block, {
      windowDays: settings.recurrenceWindowDays,
      key: settings.recurrenceKey,
    });
    for (const t of block) {
      const flag = recurrences.has(t.id) ? 1 : 0;
      if (flag !== t.isRecurrence) flips.push([flag, t.id]);
    }
  };
  // Unclassified tickets never recur.
  const unclassified = sqlite
    .prepare(
      'UPDATE tickets SET is_recurrence = 0 WHERE root_cause_id IS NULL AND is_recurrence = 1',
    )
    .run().changes;
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
  for (const [flag, id] of flips) setFlag.run(flag, id);
  return unclassified + flips.length;
}
