import type { Db } from '../open';
import type { DayRange } from '@/lib/filters';
import { MS_PER_DAY } from '@/lib/time';

export interface RecurringCustomer {
  id: number;
  name: string;
  /** Recurrences among the department's tickets of this customer opened in the range. */
  recurrences: number;
  /** All of the department's tickets of this customer opened in the range. */
  tickets: number;
}

/**
 * The customers with the most recurrences among one department's tickets opened in the range,
 * most first (ties by id). The summaries have no customer, so this reads the tickets: first the
 * recurrences through (department_id, opened_at), then the ticket counts of the few customers
 * kept through the (customer_id, …) index. `+department_id` keeps the planner on the customer
 * index for the second step.
 */
export function getRecurringCustomers(
  db: Db,
  range: DayRange,
  departmentId: number,
  limit = 10,
): RecurringCustomer[] {
  const from = range.fromDay * MS_PER_DAY;
  const to = (range.toDay + 1) * MS_PER_DAY;
  const top = db.$client
    .prepare(
      `SELECT customer_id AS id, COUNT(*) AS recurrences FROM tickets
       WHERE department_id = ? AND opened_at >= ? AND opened_at < ? AND is_recurrence = 1
       GROUP BY customer_id
       ORDER BY recurrences DESC, id
       LIMIT ?`,
    )
    .all(departmentId, from, to, limit) as { id: number; recurrences: number }[];
  if (top.length === 0) return [];
  const ids = top.map((r) => r.id);
  const details = db.$client
    .prepare(
      `SELECT t.customer_id AS id, c.name AS name, COUNT(*) AS tickets
       FROM tickets t JOIN customers c ON c.id = t.customer_id
       WHERE t.customer_id IN (${ids.map(() => '?').join(', ')})
         AND +t.department_id = ? AND t.opened_at >= ? AND t.opened_at < ?
       GROUP BY t.customer_id`,
    )
    .all(...ids, departmentId, from, to) as { id: number; name: string; tickets: number }[];
  const byId = new Map(details.map((d) => [d.id, d]));
  return top.map((r) => ({
    id: r.id,
    name: byId.get(r.id)!.name,
    recurrences: r.recurrences,
    tickets: byId.get(r.id)!.tickets,
  }));
}
