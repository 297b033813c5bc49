/** A corrective action as its form sends it: checked here, with errors by field. */
import { z } from 'zod';
import { ACTION_STATUSES } from './domain';
import { isoToDay, MS_PER_DAY } from './time';

const date = () =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const day = isoToDay(s);
      if (Number.isNaN(day)) {
        ctx.addIssue({ code: 'custom', message: 'A date as YYYY-MM-DD.' });
        return z.NEVER;
      }
      // Noon UTC: a date shown in any time zone stays the same calendar day.
      return day * MS_PER_DAY + 12 * 3_600_000;
    });

export const actionFormSchema = z
  .object({
    rootCauseId: z.coerce
      .number({ error: 'Choose a root cause.' })
      .int()
      .positive({ error: 'Choose a root cause.' }),
    ownerDepartmentId: z.coerce
      .number()
      .int()
      .positive({ error: 'Choose the department that owns the fix.' }),
    ownerUserId: z
      .string()
      .trim()
      .max(100)
      .transform((s) => (s === '' ? null : s)),
    title: z
      .string()
      .trim()
      .min(3, { error: 'Say what the fix is, in at least 3 characters.' })
      .max(200, { error: 'At most 200 characters.' }),
    description: z.string().trim().max(4000, { error: 'At most 4,000 characters.' }).default(''),
    status: z.enum(ACTION_STATUSES, {
      error: 'Open, in progress, done, verified or abandoned.',
    }),
    dueAt: date(),
    doneAt: date(),
  })
  .refine((a) => !['done', 'verified'].includes(a.status) || a.doneAt !== null, {
    error: 'A done fix needs the date it was done.',
    path: ['doneAt'],
  })
  .refine((a) => ['done', 'verified'].includes(a.status) || a.doneAt === null, {
    error: 'Only a done or verified fix has a done date.',
    path: ['doneAt'],
  });

export type ActionForm = z.infer<typeof actionFormSchema>;
