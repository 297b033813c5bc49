'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { undoClassification } from '@/db/queries/classify';
import { getSettings } from '@/db/queries/settings';
import { classifyAs } from '@/triage/classify-as';
import { learnClassification } from '@/triage/suggester';

export type ClassifyResult = { ok: true; eventIds: number[] } | { ok: false; error: string };

const classifySchema = z.object({
  ticketIds: z.array(z.number().int().positive()).min(1).max(500),
  causeId: z.number().int().positive(),
  reason: z.string().trim().max(500).optional(),
});

/** Attributes tickets to a root cause, if this person may (triage/classify-as.ts). */
export async function classifyAction(input: unknown): Promise<ClassifyResult> {
  const user = await requireUser();
  const parsed = classifySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Choose tickets and a root cause.' };
  const outcome = classifyAs(getDb(), user, parsed.data);
  if (!outcome.ok) return { ok: false, error: outcome.error };
  revalidatePath('/triage');
  return { ok: true, eventIds: outcome.eventIds };
}

/** Takes back classifications the same person just made (the triage page's "u"). */
export async function undoAction(input: unknown): Promise<ClassifyResult> {
  const user = await requireUser();
  const parsed = z.array(z.number().int().positive()).min(1).max(500).safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Nothing to undo.' };
  const db = getDb();
  const undone: number[] = [];
  for (const eventId of parsed.data) {
    const result = undoClassification(db, eventId, user, getSettings(db));
    if (!result.ok) return { ok: false, error: result.error };
    if (result.undone) {
      learnClassification(db, new Map([[result.ticketId, result.before]]));
      undone.push(eventId);
    }
  }
  revalidatePath('/triage');
  return undone.length > 0
    ? { ok: true, eventIds: undone }
    : { ok: false, error: 'Nothing was undone: the tickets have changed since.' };
}
