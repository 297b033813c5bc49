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
