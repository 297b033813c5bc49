/** Read-only access to the database the e2e server runs on, so tests can count for themselves. */
import Database from 'better-sqlite3';
import { E2E_DATABASE_PATH } from '../playwright.config';

export function countTicketsOpened(from: string, to: string): number {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM tickets
         WHERE opened_at >= unixepoch(?) * 1000 AND opened_at < (unixepoch(?) + 86400) * 1000`,
      )
      .get(from, to) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
