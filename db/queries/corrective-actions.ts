import type { Db } from '../open';
import type { ActionStatus } from '@/lib/domain';

export interface CorrectiveActionRow {
  id: number;
  title: string;
  description: string;
  status: ActionStatus;
  ownerDepartmentSlug: string;
  ownerDepartmentName: string;
  openedAt: number;
  dueAt: number | null;
  doneAt: number | null;
}

/** One cause's corrective actions, the newest first. */
export function listCauseActions(db: Db, causeId: number): CorrectiveActionRow[] {
  return db.$client
    .prepare(
      `SELECT a.id, a.title, a.description, a.status, d.slug AS ownerDepartmentSlug,
              d.name AS ownerDepartmentName, a.opened_at AS openedAt, a.due_at AS dueAt,
              a.done_at AS doneAt
       FROM corrective_actions a JOIN departments d ON d.id = a.owner_department_id
       WHERE a.root_cause_id = ?
       ORDER BY a.opened_at DESC, a.id DESC`,
    )
    .all(causeId) as CorrectiveActionRow[];
}
