/** The demo accounts (db/seed/users.ts) and where their signed-in sessions are saved. */
import path from 'node:path';
import { DEMO_USERS } from '@/db/seed/users';
import type { UserRole } from '@/lib/domain';

export function demoUser(role: UserRole) {
  return DEMO_USERS.find((u) => u.role === role)!;
}

export function storageStateOf(role: UserRole): string {
  return path.join(__dirname, '.auth', `${role}.json`);
}
