/**
 * A production server must not run with the demo accounts' published passwords or with the
 * development cookie secret. Checked once at start-up; loud, not fatal, so a demo still runs.
 */
import { createAuth } from './config';
import type { Db } from '@/db/open';
import { DEMO_USERS } from '@/db/seed/users';
import { authEnv } from '@/lib/env';

export async function insecureDefaults(db: Db): Promise<string[]> {
  const problems: string[] = [];
  if (authEnv().usesDevelopmentSecret) {
    problems.push('BETTER_AUTH_SECRET is not set: sessions are signed with a public default.');
  }
  const context = await createAuth(db).$context;
  const stored = db.$client.prepare(
    `SELECT a.password FROM accounts a JOIN users u ON u.id = a.user_id
     WHERE u.email = ? AND a.provider_id = 'credential'`,
  );
  for (const user of DEMO_USERS) {
    const row = stored.get(user.email) as { password: string | null } | undefined;
    if (
      row?.password &&
      (await context.password.verify({ hash: row.password, password: user.password }))
    ) {
      problems.push(`${user.email} still has its published demo password.`);
    }
  }
  return problems;
}
