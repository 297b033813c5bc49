'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { attributionOfCause, getAttributions } from '@/db/queries/classify';
import { DisputeError, getDispute, raiseDispute, settleDispute } from '@/db/queries/disputes';
import { getSettings } from '@/db/queries/settings';
import { can } from '@/lib/permissions';
import { learnClassification } from '@/triage/suggester';

export interface DisputeFormState {
  error: string | null;
  done: string | null;
}

const raiseSchema = z.object({
  ticketId: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .min(10, { error: 'Say in a sentence why the problem is not your department’s.' })
    .max(1000, { error: 'The reason: at most 1,000 characters.' }),
});

/** A lead objects to a ticket's attribution to their own department. */
export async function raiseDisputeAction(
  _: DisputeFormState,
  form: FormData,
): Promise<DisputeFormState> {
  const user = await requireUser();
  const parsed = raiseSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0].message, done: null };
  const db = getDb();
  const ticket = getAttributions(db, [parsed.data.ticketId]).get(parsed.data.ticketId);
  if (!ticket || ticket.departmentId === null)
    return { error: 'This ticket is not attributed to a department.', done: null };
  if (!can(user, 'dispute', { departmentIds: [ticket.departmentId] })) {
    return {
      error: 'Only the lead of the department a ticket is attributed to may dispute it.',
      done: null,
    };
  }
  try {
    raiseDispute(db, { ...parsed.data, departmentId: ticket.departmentId, userId: user.id });
  } catch (error) {
    if (error instanceof DisputeError) return { error: error.message, done: null };
    throw error;
  }
  revalidatePath(`/tickets/${parsed.data.ticketId}`);
  return { error: null, done: 'Disputed: it is listed for the weekly review.' };
}

const settleSchema = z.object({
  id: z.coerce.number().int().positive(),
  note: z
    .string()
    .trim()
    .min(3, { error: 'Say why, for the history.' })
    .max(1000, { error: 'The note: at most 1,000 characters.' }),
  causeId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
});

/** Settles a dispute: with a cause, upheld and the ticket re-attributed; without, rejected. */
export async function settleDisputeAction(
  _: DisputeFormState,
  form: FormData,
): Promise<DisputeFormState> {
  const user = await requireUser();
  if (!can(user, 'settleDispute'))
    return { error: 'Only analysts and admins settle disputes.', done: null };
  const parsed = settleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0].message, done: null };
  const db = getDb();
  const causeId = parsed.data.causeId || null;
  const to = causeId === null ? null : attributionOfCause(db, causeId);
  if (causeId !== null && !to)
    return { error: 'That root cause does not exist or is retired.', done: null };
  const dispute = getDispute(db, parsed.data.id);
  if (!dispute) return { error: 'There is no such dispute.', done: null };
  const before = getAttributions(db, [dispute.ticketId]);
  try {
    settleDispute(
      db,
      { id: parsed.data.id, userId: user.id, note: parsed.data.note, reattributeTo: to ?? null },
      getSettings(db),
    );
  } catch (error) {
    if (error instanceof DisputeError) return { error: error.message, done: null };
    throw error;
  }
  if (to) learnClassification(db, before);
  revalidatePath('/disputes');
  revalidatePath(`/tickets/${dispute.ticketId}`);
  return {
    error: null,
    done: to ? 'Upheld: the ticket is re-attributed.' : 'Rejected: the attribution stands.',
  };
}
