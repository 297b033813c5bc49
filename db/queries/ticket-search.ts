import type Database from 'better-sqlite3';

/**
 * Rebuilds the full-text index (tickets_fts, migration 0003) from the tickets. Only needed after
 * a bulk load that bypassed the write path (ticket-writes.ts keeps it current for every write).
 */
export function rebuildTicketSearchIndex(sqlite: Database.Database): void {
  sqlite.exec(`INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')`);
}
