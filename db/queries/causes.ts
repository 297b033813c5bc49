import type { Db } from '../open';

export interface CauseRow {
  id: number;
  name: string;
  description: string;
  departmentId: number;
  departmentSlug: string;
  departmentName: string;
  /** Set when the cause was merged into another; its tickets moved there. */
  mergedIntoId: number | null;
  retiredAt: number | null;
}

/** The root cause with this id and its department; undefined when there is none (a 404). */
export function getCause(db: Db, id: number): CauseRow | undefined {
  return db.$client
    .prepare(
      `SELECT c.id, c.name, c.description, c.department_id AS departmentId,
              d.slug AS departmentSlug, d.name AS departmentName,
              c.merged_into_id AS mergedIntoId, c.retired_at AS retiredAt
       FROM root_causes c JOIN departments d ON d.id = c.department_id
       WHERE c.id = ?`,
    )
    .get(id) as CauseRow | undefined;
}
