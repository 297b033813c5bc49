/** Read-only access to the database the e2e server runs on, so tests can count for themselves. */
import Database from 'better-sqlite3';
import { E2E_DATABASE_PATH } from '../playwright.config';

/** Tickets opened between two UTC days (inclusive), optionally of one originating department. */
export function countTicketsOpened(from: string, to: string, departmentSlug?: string): number {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM tickets
         WHERE opened_at >= unixepoch(?) * 1000 AND opened_at < (unixepoch(?) + 86400) * 1000
           ${departmentSlug === undefined ? '' : 'AND department_id = (SELECT id FROM departments WHERE slug = ?)'}`,
      )
      .get(from, to, ...(departmentSlug === undefined ? [] : [departmentSlug])) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** One read of the e2e database with the test's own SQL. */
export function queryOne<T>(sql: string, ...params: (string | number)[]): T {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/** `opened_at` bounds of a range of UTC days, for the tests' own SQL. */
export function openedBetween(from: string, to: string): [number, number] {
  return [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`) + 86_400_000];
}

export function queryAll<T>(sql: string, ...params: (string | number)[]): T[] {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
