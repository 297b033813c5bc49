import type { Db } from '../open';
import type { UserRole } from '@/lib/domain';

export function countUsers(db: Db): number {
  return (db.$client.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  departmentId: number | null;
  departmentName: string | null;
  createdAt: number;
}

export function listUsers(db: Db): UserRow[] {
  return db.$client
    .prepare(
      `SELECT u.id, u.name, u.email, u.role, u.department_id AS departmentId,
              d.name AS departmentName, u.created_at AS createdAt
       FROM users u LEFT JOIN departments d ON d.id = u.department_id
       ORDER BY u.role, u.name`,
    )
    .all() as UserRow[];
}

export function getUserEmail(db: Db, id: string): string | undefined {
  const row = db.$client.prepare('SELECT email FROM users WHERE id = ?').get(id) as
    { email: string } | undefined;
  return row?.email;
}
