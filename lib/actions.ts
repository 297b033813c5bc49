/** Corrective actions (DESIGN.md): which of them are still to be done, and which are late. */
import type { ActionStatus } from './domain';
import { dayOf, dayStartMs } from './time';

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  verified: 'verified',
  abandoned: 'abandoned',
};

const FINISHED: readonly ActionStatus[] = ['done', 'verified', 'abandoned'];

export function isOpenAction(status: ActionStatus): boolean {
  return !FINISHED.includes(status);
}

/**
 * Actions due before this moment are overdue at `nowMs`: the start of its UTC day, since a due
 * date gives the owners the whole day (days are UTC days, as in the weekly review).
 */
export function overdueIfDueBefore(nowMs: number): number {
  return dayStartMs(dayOf(nowMs));
}

/** Still to be done and its due date has passed. */
export function isOverdue(action: { status: ActionStatus; dueAt: number | null }, nowMs: number) {
  return (
    isOpenAction(action.status) && action.dueAt !== null && action.dueAt < overdueIfDueBefore(nowMs)
  );
}

export interface FieldChange {
  at: number;
  fromValue: string | null;
  toValue: string | null;
}

/**
 * A field's value at a moment, from its value now and its recorded changes (oldest first): the
 * last change made by then, or else what the first later change changed from.
 */
export function valueAt(
  current: string | null,
  changes: readonly FieldChange[],
  at: number,
): string | null {
  let value: string | null | undefined;
  for (const change of changes) {
    if (change.at <= at) value = change.toValue;
    else {
      value ??= change.fromValue;
      break;
    }
  }
  return value === undefined ? current : value;
}
