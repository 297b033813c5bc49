/**
 * One demo account per role, so every view of the demo can be tried. Their passwords are public
 * (README), which is why a production start with any of them unchanged warns loudly
 * (instrumentation.ts).
 */
import { createAccount } from '@/auth/accounts';
import { createAuth } from '@/auth/config';
import type { Db } from '@/db/open';
import type { NewAccount } from '@/lib/account-input';

export const DEMO_USERS: readonly NewAccount[] = [
  { role: 'admin', name: 'Ada Admin', email: 'admin@upstream.demo', departmentId: null },
  {
    role: 'executive',
    name: 'Eve Executive',
    email: 'executive@upstream.demo',
    departmentId: null,
  },
  // Lead of warehouse & shipping (department 4).
  { role: 'lead', name: 'Walt Warehouse-Lead', email: 'lead@upstream.demo', departmentId: 4 },
  { role: 'analyst', name: 'Ana Analyst', email: 'analyst@upstream.demo', departmentId: null },
].map((u) => ({ ...u, password: `upstream-demo-${u.role}` }) as NewAccount);

/** Creates the demo accounts that do not exist yet; returns the ones it created. */
export async function ensureDemoUsers(db: Db): Promise<NewAccount[]> {
  const auth = createAuth(db);
  const existing = new Set(
    (db.$client.prepare('SELECT email FROM users').all() as { email: string }[]).map(
      (r) => r.email,
    ),
  );
  const created: NewAccount[] = [];
  for (const user of DEMO_USERS) {
    if (existing.has(user.email)) continue;
    await createAccount(auth, user);
    created.push(user);
  }
  return created;
}

export function formatDemoUsers(users: readonly NewAccount[]): string {
  if (users.length === 0) return 'Demo accounts: already present.';
  return [
    'Demo accounts (sign in at /sign-in):',
    ...users.map((u) => `  ${u.role.padEnd(9)}  ${u.email.padEnd(26)}  password: ${u.password}`),
  ].join('\n');
}
