'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/auth/session';
import { getDb } from '@/db/client';
import { getSettings, saveSettings } from '@/db/queries/settings';
import { fieldErrors } from '@/lib/account-input';
import { settingsFormSchema, type SettingKey } from '@/lib/settings';

export interface SettingsFormState {
  errors: Record<string, string>;
  /** The settings this save changed; null before the first save. */
  changed: SettingKey[] | null;
}

export async function saveSettingsAction(
  _: SettingsFormState,
  form: FormData,
): Promise<SettingsFormState> {
  const user = await requirePermission('manageSettings');
  const parsed = settingsFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), changed: null };
  const db = getDb();
  const changed = saveSettings(db, { ...getSettings(db), ...parsed.data }, user.id);
  // Every page's figures may use a setting.
  revalidatePath('/', 'layout');
  return { errors: {}, changed };
}
