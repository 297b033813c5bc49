import type { Db } from '../open';
import { ANY_OF } from './sql-lists';
import type { TicketText, TrainingTicket } from '@/lib/suggest/features';

/** What the suggestions learn from a ticket (lib/suggest/features.ts), with its id and cause. */
const TEXT_COLUMNS = `id, subject, description, product_id AS productId, channel,
  root_cause_id AS rootCauseId`;

/** Up to `limit` classified tickets with ids above `afterId`, in id order: a slice of the training set. */
export function classifiedTicketsAfter(db: Db, afterId: number, limit: number): TrainingTicket[] {
  return db.$client
    .prepare(
      `SELECT ${TEXT_COLUMNS} FROM tickets
       WHERE root_cause_id IS NOT NULL AND id > ? ORDER BY id LIMIT ?`,
    )
    .all(afterId, limit) as TrainingTicket[];
}

/** Every classified ticket's text in id order (the whole training set), a slice at a time. */
export function* classifiedTickets(db: Db, sliceSize = 20_000): Generator<TrainingTicket> {
  for (let afterId = 0; ;) {
    const slice = classifiedTicketsAfter(db, afterId, sliceSize);
    yield* slice;
    if (slice.length < sliceSize) return;
    afterId = slice[slice.length - 1].id;
  }
}

/** The text of some tickets, by id, with their current cause (null when unclassified). */
export function getTicketTexts(
  db: Db,
  ids: readonly number[],
): Map<number, TicketText & { rootCauseId: number | null }> {
  if (ids.length === 0) return new Map();
  const rows = db.$client
    .prepare(`SELECT ${TEXT_COLUMNS} FROM tickets WHERE id IN ${ANY_OF}`)
    .all(JSON.stringify(ids)) as (TicketText & { id: number; rootCauseId: number | null })[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** How many tickets are classified: cheap, from the month and day summary rows. */
export function countClassified(db: Db): number {
  const row = db.$client
    .prepare(
      `SELECT COALESCE(SUM(classified), 0) AS n FROM department_stats WHERE period_kind = 'd'`,
    )
    .get() as { n: number };
  return row.n;
}
