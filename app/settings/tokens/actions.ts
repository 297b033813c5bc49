'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { issueToken } from '@/auth/api-tokens';
import { requirePermission } from '@/auth/session';
import { getDb } from '@/db/client';
import { insertApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import { fieldErrors } from '@/lib/account-input';
import { TOKEN_SCOPES } from '@/lib/domain';

export interface TokenFormState {
  errors: Record<string, string>;
  /** The new token, shown once and never again. */
  token: string | null;
}

const newTokenSchema = z.object({
  name: z.string().trim().min(1, { error: 'Name the token after what uses it' }).max(100),
  scope: z.enum(TOKEN_SCOPES, { error: 'Choose a scope' }),
});

export async function createToken(_: TokenFormState, form: FormData): Promise<TokenFormState> {
  const user = await requirePermission('manageTokens');
  const parsed = newTokenSchema.safeParse({ name: form.get('name'), scope: form.get('scope') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), token: null };
  const { token, tokenHash } = issueToken();
  insertApiToken(getDb(), { ...parsed.data, tokenHash, createdByUserId: user.id });
  revalidatePath('/settings/tokens');
  return { errors: {}, token };
}

export async function revokeToken(form: FormData): Promise<void> {
  const user = await requirePermission('manageTokens');
  const id = z.coerce.number().int().positive().parse(form.get('id'));
  revokeApiToken(getDb(), id, user.id);
  revalidatePath('/settings/tokens');
}
