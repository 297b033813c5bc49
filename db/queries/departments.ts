import type { Db } from '../open';

export interface DepartmentRow {
  id: number;
  slug: string;
  name: string;
  isUpstream: boolean;
}

export function listDepartments(db: Db): DepartmentRow[] {
  const rows = db.$client
    .prepare(
      'SELECT id, slug, name, is_upstream AS isUpstream FROM departments ORDER BY sort_order, id',
    )
    .all() as (Omit<DepartmentRow, 'isUpstream'> & { isUpstream: number })[];
  return rows.map((r) => ({ ...r, isUpstream: r.isUpstream === 1 }));
}

/** The department with this slug; undefined when there is none (the page then 404s). */
export function getDepartmentBySlug(db: Db, slug: string): DepartmentRow | undefined {
  const row = db.$client
    .prepare('SELECT id, slug, name, is_upstream AS isUpstream FROM departments WHERE slug = ?')
    .get(slug) as (Omit<DepartmentRow, 'isUpstream'> & { isUpstream: number }) | undefined;
  return row && { ...row, isUpstream: row.isUpstream === 1 };
}
