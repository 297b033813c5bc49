import type Database from 'better-sqlite3';

/**
 * Rebuilds the full-text index (tickets_fts, migration 0003) from the tickets. Only needed after
 * a bulk load that ran with its triggers dropped; every other write keeps it current.
 */
export function rebuildTicketSearchIndex(sqlite: Database.Database): void {
  sqlite.exec(`INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')`);
}
