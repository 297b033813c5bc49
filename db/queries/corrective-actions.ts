/**
 * Corrective actions: fixes of the system behind a root cause, with their owner, status and
 * dates. Every change is an audit event. Their effectiveness comes from the cause's day rows of
 * the summary tables around the done date (lib/effectiveness.ts judges).
 */
import type { Db } from '../open';
import { insertAuditEvents } from './audit';
import { overdueIfDueBefore, valueAt, type FieldChange } from '@/lib/actions';
import type { ActionStatus } from '@/lib/domain';
import { judgeFix, type Effectiveness, type WindowCounts } from '@/lib/effectiveness';
import { dayOf } from '@/lib/time';

export interface CorrectiveActionRow {
  id: number;
  rootCauseId: number;
  causeName: string;
  /** The department the cause belongs to (the owner may be another). */
  causeDepartmentId: number;
  title: string;
  description: string;
  status: ActionStatus;
  ownerDepartmentId: number;
  ownerDepartmentSlug: string;
  ownerDepartmentName: string;
  ownerUserId: string | null;
  ownerUserName: string | null;
  openedAt: number;
  dueAt: number | null;
  doneAt: number | null;
}

export interface ActionFilter {
  causeId?: number;
  /** Owned by this department, or about one of its causes. */
  concerningDepartmentId?: number;
  status?: ActionStatus;
  /** Only those still to be done (open or in progress). */
  openOnly?: boolean;
  /** Still to be done and past due at this time. */
  overdueAt?: number;
}

const COLUMNS = `a.id, a.root_cause_id AS rootCauseId, c.name AS causeName,
  c.department_id AS causeDepartmentId, a.title, a.description,
  a.status, a.owner_department_id AS ownerDepartmentId, d.slug AS ownerDepartmentSlug,
  d.name AS ownerDepartmentName, a.owner_user_id AS ownerUserId, u.name AS ownerUserName,
  a.opened_at AS openedAt, a.due_at AS dueAt, a.done_at AS doneAt`;

/** lib/actions.ts's isOpenAction, in SQL. */
const STILL_TO_DO = `a.status IN ('open', 'in_progress')`;

const FROM = `corrective_actions a
  JOIN root_causes c ON c.id = a.root_cause_id
  JOIN departments d ON d.id = a.owner_department_id
  LEFT JOIN users u ON u.id = a.owner_user_id`;

export function listActions(db: Db, filter: ActionFilter = {}): CorrectiveActionRow[] {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.causeId !== undefined) {
    conditions.push('a.root_cause_id = ?');
    params.push(filter.causeId);
  }
  if (filter.concerningDepartmentId !== undefined) {
    conditions.push('(a.owner_department_id = ? OR c.department_id = ?)');
    params.push(filter.concerningDepartmentId, filter.concerningDepartmentId);
  }
  if (filter.status !== undefined) {
    conditions.push('a.status = ?');
    params.push(filter.status);
  }
  if (filter.openOnly) conditions.push(STILL_TO_DO);
  if (filter.overdueAt !== undefined) {
    conditions.push(`${STILL_TO_DO} AND a.due_at IS NOT NULL AND a.due_at < ?`);
    params.push(overdueIfDueBefore(filter.overdueAt));
  }
  return db.$client
    .prepare(
      `SELECT ${COLUMNS} FROM ${FROM}
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY ${STILL_TO_DO} DESC, COALESCE(a.due_at, a.done_at, a.opened_at), a.id`,
    )
    .all(...params) as CorrectiveActionRow[];
}

/**
 * The corrective actions as they stood at a moment: those opened by then, with the status and
 * dates their recorded changes say they had, so a past week's review does not move.
 */
export function listActionsAsOf(db: Db, at: number): CorrectiveActionRow[] {
  const changes = db.$client
    .prepare(
      `SELECT entity_id AS id, field, at, from_value AS fromValue, to_value AS toValue
       FROM audit_events
       WHERE entity = 'action' AND action = 'update' AND field IN ('status', 'dueAt', 'doneAt')
       ORDER BY at, id`,
    )
    .all() as (FieldChange & { id: string; field: 'status' | 'dueAt' | 'doneAt' })[];
  const of = (id: number, field: string) =>
    changes.filter((c) => c.id === String(id) && c.field === field);
  const time = (value: string | null) => (value === null ? null : Number(value));
  return listActions(db)
    .filter((a) => a.openedAt <= at)
    .map((a) => ({
      ...a,
      status: valueAt(a.status, of(a.id, 'status'), at) as ActionStatus,
      dueAt: time(valueAt(a.dueAt === null ? null : String(a.dueAt), of(a.id, 'dueAt'), at)),
      doneAt: time(valueAt(a.doneAt === null ? null : String(a.doneAt), of(a.id, 'doneAt'), at)),
    }));
}

/** One cause's corrective actions, the newest first. */
export function listCauseActions(db: Db, causeId: number): CorrectiveActionRow[] {
  return listActions(db, { causeId }).sort((a, b) => b.openedAt - a.openedAt || b.id - a.id);
}

export function getAction(db: Db, id: number): CorrectiveActionRow | undefined {
  return db.$client.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ?`).get(id) as
    CorrectiveActionRow | undefined;
}

export interface ActionInput {
  rootCauseId: number;
  ownerDepartmentId: number;
  ownerUserId: string | null;
  title: string;
  description: string;
  status: ActionStatus;
  openedAt: number;
  dueAt: number | null;
  doneAt: number | null;
}

const EDITABLE = {
  title: 'title',
  description: 'description',
  status: 'status',
  ownerDepartmentId: 'owner_department_id',
  ownerUserId: 'owner_user_id',
  dueAt: 'due_at',
  doneAt: 'done_at',
} as const;

export function createAction(db: Db, input: ActionInput, userId: string | null): number {
  return db.$client.transaction(() => {
    const id = Number(
      db.$client
        .prepare(
          `INSERT INTO corrective_actions (root_cause_id, owner_department_id, owner_user_id, title,
             description, status, opened_at, due_at, done_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.rootCauseId,
          input.ownerDepartmentId,
          input.ownerUserId,
          input.title,
          input.description,
          input.status,
          input.openedAt,
          input.dueAt,
          input.doneAt,
        ).lastInsertRowid,
    );
    insertAuditEvents(db, [
      {
        at: Date.now(),
        userId,
        entity: 'action',
        entityId: String(id),
        action: 'create',
        field: 'title',
        toValue: input.title,
      },
    ]);
    return id;
  })();
}

/** Changes the given fields; each field that really changes is one audit event. */
export function updateAction(
  db: Db,
  id: number,
  changes: Partial<Pick<ActionInput, keyof typeof EDITABLE>>,
  userId: string | null,
): void {
  db.$client.transaction(() => {
    const before = getAction(db, id);
    if (!before) throw new Error(`There is no corrective action ${id}.`);
    const at = Date.now();
    for (const [field, column] of Object.entries(EDITABLE) as [keyof typeof EDITABLE, string][]) {
      const value = changes[field];
      if (value === undefined || value === before[field]) continue;
      db.$client.prepare(`UPDATE corrective_actions SET ${column} = ? WHERE id = ?`).run(value, id);
      insertAuditEvents(db, [
        {
          at,
          userId,
          entity: 'action',
          entityId: String(id),
          action: 'update',
          field,
          fromValue: before[field] === null ? null : String(before[field]),
          toValue: value === null ? null : String(value),
        },
      ]);
    }
  })();
}

/** A cause's tickets, classified tickets and recurrences opened between two days (inclusive). */
export function causeCounts(db: Db, causeId: number, fromDay: number, toDay: number): WindowCounts {
  return db.$client
    .prepare(
      `SELECT COALESCE(SUM(tickets), 0) AS tickets, COALESCE(SUM(classified), 0) AS classified,
              COALESCE(SUM(recurrences), 0) AS recurrences
       FROM cause_stats WHERE cause_key = ? AND period_kind = 'd' AND period BETWEEN ? AND ?`,
    )
    .get(causeId, fromDay, toDay) as WindowCounts;
}

/**
 * How a done action's cause fared: the N weeks before the done day against the N weeks from
 * it, as of `nowMs`. null for an action not done.
 */
export function actionEffectiveness(
  db: Db,
  action: Pick<CorrectiveActionRow, 'rootCauseId' | 'doneAt'>,
  weeks: number,
  nowMs: number,
): Effectiveness | null {
  if (action.doneAt === null) return null;
  const doneDay = dayOf(action.doneAt);
  const today = dayOf(nowMs);
  return judgeFix({
    weeks,
    weeksAfterSoFar: Math.floor((today - doneDay) / 7),
    before: causeCounts(db, action.rootCauseId, doneDay - 7 * weeks, doneDay - 1),
    after: causeCounts(db, action.rootCauseId, doneDay, Math.min(doneDay + 7 * weeks - 1, today)),
  });
}

export type ActionWithEffect = CorrectiveActionRow & { effect: Effectiveness | null };

/** Actions with the verdict of each done one, as of `nowMs`. */
export function withEffectiveness<T extends CorrectiveActionRow>(
  db: Db,
  actions: T[],
  weeks: number,
  nowMs: number,
): (T & ActionWithEffect)[] {
  return actions.map((a) => ({ ...a, effect: actionEffectiveness(db, a, weeks, nowMs) }));
}
