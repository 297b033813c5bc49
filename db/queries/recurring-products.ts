import type { Db } from '../open';
import { scopeColumn, type TicketScope } from './scope';
import type { DayRange } from '@/lib/filters';
import { MS_PER_DAY } from '@/lib/time';

export interface RecurringProduct {
  id: number;
  /** "Name (SKU)". */
  name: string;
  /** Recurrences among the scope's tickets about this product opened in the range. */
  recurrences: number;
  /** Distinct customers those recurrences came from. */
  customers: number;
}

/**
 * The products with the most recurrences among one department's or cause's tickets opened in the
 * range, most first (ties by id); tickets without a product are left out. Reads only the
 * recurrences (a partial index of them); a product's total ticket count is left out on purpose:
 * popular products have thousands of tickets and counting them costs more than the rest of the
 * page.
 */
export function getRecurringProducts(
  db: Db,
  range: DayRange,
  scope: TicketScope,
  limit = 10,
): RecurringProduct[] {
  const { column, id } = scopeColumn(scope);
  return db.$client
    .prepare(
      `SELECT g.id, p.name || ' (' || p.sku || ')' AS name, g.recurrences, g.customers
       FROM (SELECT product_id AS id, COUNT(*) AS recurrences,
                    COUNT(DISTINCT customer_id) AS customers
             FROM tickets
             WHERE ${column} = ? AND opened_at >= ? AND opened_at < ? AND is_recurrence = 1
               AND product_id IS NOT NULL
             GROUP BY product_id
             ORDER BY recurrences DESC, id
             LIMIT ?) g
       JOIN products p ON p.id = g.id
       ORDER BY g.recurrences DESC, g.id`,
    )
    .all(
      id,
      range.fromDay * MS_PER_DAY,
      (range.toDay + 1) * MS_PER_DAY,
      limit,
    ) as RecurringProduct[];
}
