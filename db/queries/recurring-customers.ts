import type { Db } from '../open';
import { scopeColumn, type TicketScope } from './scope';
import { ANY_OF } from './sql-lists';
import type { DayRange } from '@/lib/filters';
import { MS_PER_DAY } from '@/lib/time';

export interface RecurringCustomer {
  id: number;
  name: string;
  /** Recurrences among the scope's tickets of this customer opened in the range. */
  recurrences: number;
  /** All of the scope's tickets of this customer opened in the range. */
  tickets: number;
}

/**
 * The customers with the most recurrences among one department's or cause's tickets opened in
 * the range, most first (ties by id). The summaries have no customer, so this reads the tickets:
 * first the recurrences through a partial index of recurrences (tickets_department_recurrences,
 * tickets_cause_recurrences), then the ticket counts of the few customers kept through the
 * (customer_id, …) index. The `+` keeps the planner on the customer index for the second step.
 */
export function getRecurringCustomers(
  db: Db,
  range: DayRange,
  scope: TicketScope,
  limit = 10,
): RecurringCustomer[] {
  const { column, id } = scopeColumn(scope);
  const from = range.fromDay * MS_PER_DAY;
  const to = (range.toDay + 1) * MS_PER_DAY;
  const top = db.$client
    .prepare(
      `SELECT customer_id AS id, COUNT(*) AS recurrences FROM tickets
       WHERE ${column} = ? AND opened_at >= ? AND opened_at < ? AND is_recurrence = 1
       GROUP BY customer_id
       ORDER BY recurrences DESC, id
       LIMIT ?`,
    )
    .all(id, from, to, limit) as { id: number; recurrences: number }[];
  if (top.length === 0) return [];
  const ids = top.map((r) => r.id);
  const details = db.$client
    .prepare(
      `SELECT t.customer_id AS id, c.name AS name, COUNT(*) AS tickets
       FROM tickets t JOIN customers c ON c.id = t.customer_id
       WHERE t.customer_id IN ${ANY_OF}
         AND +t.${column} = ? AND t.opened_at >= ? AND t.opened_at < ?
       GROUP BY t.customer_id`,
    )
    .all(JSON.stringify(ids), id, from, to) as { id: number; name: string; tickets: number }[];
  const byId = new Map(details.map((d) => [d.id, d]));
  return top.map((r) => ({
    id: r.id,
    name: byId.get(r.id)!.name,
    recurrences: r.recurrences,
    tickets: byId.get(r.id)!.tickets,
  }));
}
