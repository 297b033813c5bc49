/**
 * Corrective actions of the demo: the two planted fixes (one that worked, one that did not) and
 * a handful of others in every state, some of them overdue, as a weekly review would find them.
 */
import type { ActionStatus } from '@/lib/domain';
import { dayStartMs, isoWeekStartDay, MS_PER_DAY } from '@/lib/time';
import { storyDates } from './calendar';
import {
  CALL_TRAP_CAUSE_ID,
  causeById,
  NO_EFFECT_ACTION_TITLE,
  NO_EFFECT_CAUSE_ID,
  SPIKE_ACTION_TITLE,
  SPIKE_CAUSE_ID,
} from './taxonomy';

export interface ActionRow {
  id: number;
  rootCauseId: number;
  ownerDepartmentId: number;
  title: string;
  description: string;
  status: ActionStatus;
  openedAt: number;
  dueAt: number | null;
  doneAt: number | null;
}

const WEEK_MS = 7 * MS_PER_DAY;

export function demoActions(endDay: number): ActionRow[] {
  const dates = storyDates(endDay);
  const spikeDone = dayStartMs(dates.spikeEndDay);
  const noEffectDone = dayStartMs(dates.noEffectDoneDay);
  // Other actions are dated in whole weeks from the Monday of the last week, at 09:00 UTC.
  const week = (offset: number) =>
    dayStartMs(isoWeekStartDay(endDay)) + offset * WEEK_MS + 9 * 3_600_000;
  const rows: Omit<ActionRow, 'id' | 'ownerDepartmentId'>[] = [
    {
      rootCauseId: SPIKE_CAUSE_ID,
      title: SPIKE_ACTION_TITLE,
      description:
        'Order entry compares every keyed part number with the part number on the quote; a ' +
        'mismatch blocks the order until the customer confirms it.',
      status: 'verified',
      openedAt: spikeDone - 9 * WEEK_MS,
      dueAt: spikeDone - WEEK_MS,
      doneAt: spikeDone,
    },
    {
      rootCauseId: NO_EFFECT_CAUSE_ID,
      title: NO_EFFECT_ACTION_TITLE,
      description:
        'Packers scan every item against the order before the carton is sealed. (The wrong ' +
        'items kept coming: the bins themselves were mislabelled, so the scans matched.)',
      status: 'done',
      openedAt: noEffectDone - 10 * WEEK_MS,
      dueAt: noEffectDone - 2 * WEEK_MS,
      doneAt: noEffectDone,
    },
    {
      rootCauseId: CALL_TRAP_CAUSE_ID,
      title: 'Change seal material to FKM for hot-water pump lines',
      description: 'Lab tests show EPDM seals hardening at sustained 90 C; switch material.',
      status: 'in_progress',
      openedAt: week(-6),
      dueAt: week(6),
      doneAt: null,
    },
    {
      rootCauseId: 29,
      title: 'Carrier damage scorecard with monthly review',
      description: 'Damage rate per carrier reviewed monthly, with penalties in the contract.',
      status: 'open',
      openedAt: week(-3),
      dueAt: week(8),
      doneAt: null,
    },
    {
      rootCauseId: 35,
      title: 'Callback tasks with a due time in the CRM',
      description: 'Every promised callback becomes a task that escalates when it is late.',
      status: 'in_progress',
      openedAt: week(-10),
      dueAt: week(-2),
      doneAt: null,
    },
    {
      rootCauseId: 9,
      title: 'Publish a compatibility matrix per product family',
      description: 'One table per family of the equipment each part is certified to fit.',
      status: 'open',
      openedAt: week(-20),
      dueAt: week(-4),
      doneAt: null,
    },
    {
      rootCauseId: 26,
      title: 'Confirm field appointments by SMS the day before',
      description: 'Dropped: the scheduling system could not send messages.',
      status: 'abandoned',
      openedAt: week(-60),
      dueAt: week(-50),
      doneAt: null,
    },
    {
      rootCauseId: 19,
      title: 'Weigh cartons against the packing list',
      description: 'A scale at the packing station flags cartons lighter than the order.',
      status: 'open',
      openedAt: week(-2),
      dueAt: week(10),
      doneAt: null,
    },
  ];
  return rows.map((row, i) => ({
    id: i + 1,
    ownerDepartmentId: causeById(row.rootCauseId).departmentId,
    ...row,
  }));
}
