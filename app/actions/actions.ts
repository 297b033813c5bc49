'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getCause } from '@/db/queries/causes';
import { createAction, getAction, updateAction } from '@/db/queries/corrective-actions';
import { fieldErrors } from '@/lib/account-input';
import { actionFormSchema } from '@/lib/action-input';
import { can } from '@/lib/permissions';

export interface ActionFormState {
  errors: Record<string, string>;
}

const NOT_YOURS = {
  form: 'Only an admin, or the lead of the department that owns the fix, may change a corrective action.',
};

/** A new corrective action: an admin for any cause, a lead for a fix their department owns. */
export async function createActionAction(
  _: ActionFormState,
  form: FormData,
): Promise<ActionFormState> {
  const user = await requireUser();
  const parsed = actionFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  if (!can(user, 'manageActions', { departmentIds: [parsed.data.ownerDepartmentId] }))
    return { errors: NOT_YOURS };
  const db = getDb();
  if (!getCause(db, parsed.data.rootCauseId))
    return { errors: { rootCauseId: 'No such root cause.' } };
  const id = createAction(db, { ...parsed.data, openedAt: Date.now() }, user.id);
  revalidatePath('/actions');
  redirect(`/actions/${id}`);
}

/** Changes an action: the user must own it now, and own it after a change of owner too. */
export async function updateActionAction(
  _: ActionFormState,
  form: FormData,
): Promise<ActionFormState> {
  const user = await requireUser();
  const id = z.coerce.number().int().positive().safeParse(form.get('id'));
  if (!id.success) return { errors: { form: 'No such action.' } };
  const db = getDb();
  const before = getAction(db, id.data);
  if (!before) return { errors: { form: 'No such action.' } };
  const parsed = actionFormSchema.safeParse({
    ...Object.fromEntries(form),
    rootCauseId: String(before.rootCauseId),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  if (
    !can(user, 'manageActions', {
      departmentIds: [before.ownerDepartmentId, parsed.data.ownerDepartmentId],
    })
  ) {
    return { errors: NOT_YOURS };
  }
  const { title, description, status, ownerDepartmentId, ownerUserId, dueAt, doneAt } = parsed.data;
  updateAction(
    db,
    id.data,
    { title, description, status, ownerDepartmentId, ownerUserId, dueAt, doneAt },
    user.id,
  );
  revalidatePath(`/actions/${id.data}`);
  revalidatePath('/actions');
  return { errors: {} };
}
