import type { Db } from '../open';
import { ANY_OF } from './sql-lists';
import type { TicketText } from '@/lib/suggest/features';

export interface TrainingTicket extends TicketText {
  id: number;
  rootCauseId: number;
}

/** Every classified ticket's text, streamed in id order (the suggestion model's training set). */
export function* classifiedTickets(db: Db): Generator<TrainingTicket> {
  yield* db.$client
    .prepare(
      `SELECT id, subject, description, product_id AS productId, channel,
              root_cause_id AS rootCauseId
       FROM tickets WHERE root_cause_id IS NOT NULL ORDER BY id`,
    )
    .iterate() as IterableIterator<TrainingTicket>;
}

/** The text of some tickets, by id, with their current cause (null when unclassified). */
export function getTicketTexts(
  db: Db,
  ids: readonly number[],
): Map<number, TicketText & { rootCauseId: number | null }> {
  if (ids.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `SELECT id, subject, description, product_id AS productId, channel,
              root_cause_id AS rootCauseId
       FROM tickets WHERE id IN ${ANY_OF}`,
    )
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
