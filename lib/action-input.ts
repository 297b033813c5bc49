/** A corrective action as its form sends it: checked here, with errors by field. */
import { z } from 'zod';
import { ACTION_STATUSES } from './domain';
import { isoToDay, MS_PER_DAY } from './time';

const date = (field: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const day = isoToDay(s);
      if (Number.isNaN(day)) {
        ctx.addIssue({ code: 'custom', message: `${field}: a date as YYYY-MM-DD` });
        return z.NEVER;
      }
      // Noon UTC: a date shown in any time zone stays the same calendar day.
      return day * MS_PER_DAY + 12 * 3_600_000;
    });

export const actionFormSchema = z
  .object({
    rootCauseId: z.coerce
      .number({ error: 'cause: choose a root cause' })
      .int()
      .positive({ error: 'cause: choose a root cause' }),
    ownerDepartmentId: z.coerce
      .number()
      .int()
      .positive({ error: 'owner: choose the department that owns the fix' }),
    ownerUserId: z
      .string()
      .trim()
      .max(100)
      .transform((s) => (s === '' ? null : s)),
    title: z
      .string()
      .trim()
      .min(3, { error: 'title: say what the fix is' })
      .max(200, { error: 'title: at most 200 characters' }),
    description: z
      .string()
      .trim()
      .max(4000, { error: 'description: at most 4,000 characters' })
      .default(''),
    status: z.enum(ACTION_STATUSES, {
      error: 'status: open, in progress, done, verified or abandoned',
    }),
    dueAt: date('due'),
    doneAt: date('done'),
  })
  .refine((a) => !['done', 'verified'].includes(a.status) || a.doneAt !== null, {
    error: 'done: a done fix needs the date it was done',
    path: ['doneAt'],
  })
  .refine((a) => ['done', 'verified'].includes(a.status) || a.doneAt === null, {
    error: 'done: only a done or verified fix has a done date',
    path: ['doneAt'],
  });

export type ActionForm = z.infer<typeof actionFormSchema>;
