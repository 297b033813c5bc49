/**
 * The ticket ids a file has shown so far, each with the row it was first in. Kept in a private
 * temporary SQLite database rather than a Map: a million ids in a Map hold about 80 MB of heap,
 * here the pages beyond a small cache go to a temporary file, so memory stays flat at any file
 * size.
 */
import Database from 'better-sqlite3';

export class SeenIds {
  private readonly db = new Database('');
  private readonly insert: Database.Statement<[string, number]>;
  private readonly find: Database.Statement<[string], { row: number }>;

  constructor() {
    this.db.pragma('journal_mode = OFF');
    this.db.exec('CREATE TABLE seen (key TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID');
    this.insert = this.db.prepare(
      'INSERT INTO seen (key, row) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    this.find = this.db.prepare('SELECT row FROM seen WHERE key = ?');
    // One transaction for the whole file: nothing here outlives the import.
    this.db.exec('BEGIN');
  }

  /** Records `key` as seen in `row`; returns the earlier row when it was seen before. */
  firstRow(key: string, row: number): number | undefined {
    if (this.insert.run(key, row).changes === 1) return undefined;
    return this.find.get(key)!.row;
  }

  close(): void {
    this.db.close();
  }
}
