'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePermission } from '@/auth/session';
import { getDb } from '@/db/client';
import { attributionOfCause, classifyTickets } from '@/db/queries/classify';
import {
  createRule,
  deleteRule,
  listRules,
  setRuleEnabled,
  ticketsARuleWouldChange,
} from '@/db/queries/rules';
import { getSettings } from '@/db/queries/settings';
import { compileRule, ruleInputSchema } from '@/lib/rules';
import { invalidateSuggestions } from '@/triage/suggester';

export interface RuleFormState {
  errors: Record<string, string>;
}

export async function createRuleAction(_: RuleFormState, form: FormData): Promise<RuleFormState> {
  const user = await requirePermission('manageRules');
  const parsed = ruleInputSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return { errors };
  }
  // A regular expression that does not compile is refused here, not when tickets arrive.
  const compiled = compileRule({ id: 0, ...parsed.data });
  if (!compiled.ok) return { errors: { pattern: compiled.error } };
  const db = getDb();
  if (!attributionOfCause(db, parsed.data.rootCauseId)) {
    return { errors: { rootCauseId: 'That root cause does not exist or is retired.' } };
  }
  createRule(db, parsed.data, user.id);
  revalidatePath('/settings/rules');
  return { errors: {} };
}

const idOf = (form: FormData) => z.coerce.number().int().positive().parse(form.get('id'));

export async function toggleRuleAction(form: FormData): Promise<void> {
  const user = await requirePermission('manageRules');
  setRuleEnabled(getDb(), idOf(form), form.get('enabled') === '1', user.id);
  revalidatePath('/settings/rules');
}

export async function deleteRuleAction(form: FormData): Promise<void> {
  const user = await requirePermission('manageRules');
  deleteRule(getDb(), idOf(form), user.id);
  revalidatePath('/settings/rules');
}

/** Attributes every ticket the rule matches (never a person's), each change audited. */
export async function applyRuleAction(form: FormData): Promise<void> {
  const user = await requirePermission('manageRules');
  const db = getDb();
  const id = idOf(form);
  const rule = listRules(db).find((r) => r.id === id);
  const compiled = rule && compileRule(rule);
  const to = rule && attributionOfCause(db, rule.rootCauseId);
  if (!rule || !compiled?.ok || !to) redirect('/settings/rules');
  const ids = ticketsARuleWouldChange(db, compiled.rule);
  const settings = getSettings(db);
  // In slices, so that one transaction never holds the write lock for long.
  for (let i = 0; i < ids.length; i += 1_000) {
    classifyTickets(
      db,
      {
        ticketIds: ids.slice(i, i + 1_000),
        to,
        userId: user.id,
        source: 'rule',
        action: 'rule',
        reason: `rule ${id}`,
      },
      settings,
    );
  }
  invalidateSuggestions();
  redirect(`/settings/rules?applied=${id}&changed=${ids.length}`);
}
