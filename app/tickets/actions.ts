'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { authEnv } from '@/lib/env';
import { COLUMN_KEYS, COLUMNS_COOKIE, columnsCookieValue } from '@/lib/explorer-columns';

const columnsSchema = z.array(z.enum(COLUMN_KEYS)).max(COLUMN_KEYS.length);

/** Remembers the explorer's columns for this browser, for a year. */
export async function chooseColumns(columns: unknown): Promise<void> {
  await requireUser();
  const parsed = columnsSchema.safeParse(columns);
  if (!parsed.success) throw new Error('columns: not a list of explorer columns');
  (await cookies()).set(COLUMNS_COOKIE, columnsCookieValue(parsed.data), {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'lax',
    httpOnly: true,
    // Secure wherever the session cookie is: when the app is served over HTTPS.
    secure: authEnv().baseUrl.startsWith('https://'),
  });
}
