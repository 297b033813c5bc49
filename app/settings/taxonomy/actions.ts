'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePermission } from '@/auth/session';
import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import {
  createCause,
  mergeCause,
  moveCause,
  renameCause,
  setCauseRetired,
  TaxonomyError,
} from '@/db/queries/taxonomy';
import { invalidateSuggestions } from '@/triage/suggester';

const id = z.coerce.number().int().positive();
const name = z
  .string()
  .trim()
  .min(1, { error: 'name: give the cause a name' })
  .max(120, { error: 'name: at most 120 characters' });

const forms = {
  create: z.object({
    departmentId: id,
    name,
    description: z.string().trim().max(1000).default(''),
  }),
  rename: z.object({ id, name }),
  retire: z.object({ id, retired: z.enum(['0', '1']) }),
  move: z.object({ id, departmentId: id }),
  merge: z.object({ id, intoId: id }),
};

/** Runs one taxonomy change and comes back to the page saying what happened, or why not. */
async function change<K extends keyof typeof forms>(
  kind: K,
  form: FormData,
  run: (input: z.infer<(typeof forms)[K]>, userId: string) => string,
): Promise<never> {
  const user = await requirePermission('manageTaxonomy');
  const parsed = forms[kind].safeParse(Object.fromEntries(form));
  let outcome: string;
  if (!parsed.success) outcome = `error=${encodeURIComponent(parsed.error.issues[0].message)}`;
  else {
    try {
      outcome = `done=${encodeURIComponent(run(parsed.data as z.infer<(typeof forms)[K]>, user.id))}`;
    } catch (error) {
      if (!(error instanceof TaxonomyError)) throw error;
      outcome = `error=${encodeURIComponent(error.message)}`;
    }
  }
  revalidatePath('/settings/taxonomy');
  redirect(`/settings/taxonomy?${outcome}`);
}

export async function createCauseAction(form: FormData) {
  await change('create', form, (input, userId) => {
    createCause(getDb(), input, userId);
    return `Created “${input.name}”.`;
  });
}

export async function renameCauseAction(form: FormData) {
  await change('rename', form, (input, userId) => {
    renameCause(getDb(), input.id, input.name, userId);
    return `Renamed to “${input.name}”.`;
  });
}

export async function retireCauseAction(form: FormData) {
  await change('retire', form, (input, userId) => {
    setCauseRetired(getDb(), input.id, input.retired === '1', userId);
    return input.retired === '1' ? 'Retired.' : 'Reinstated.';
  });
}

export async function moveCauseAction(form: FormData) {
  await change('move', form, (input, userId) => {
    const db = getDb();
    const moved = moveCause(db, input.id, input.departmentId, userId, getSettings(db));
    return `Moved, with its ${moved} tickets.`;
  });
}

export async function mergeCauseAction(form: FormData) {
  await change('merge', form, (input, userId) => {
    const db = getDb();
    const moved = mergeCause(db, input.id, input.intoId, userId, getSettings(db));
    invalidateSuggestions();
    return `Merged: ${moved} tickets re-pointed.`;
  });
}
