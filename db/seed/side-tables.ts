/**
 * The seed's full-text index, built beside the seed's database and copied in at the end.
 *
 * The seed's transaction holds its database file, and SQLite lets one connection at a time write
 * a file: whatever is built there is built on the thread that inserts, which is the busy one.
 * The index follows from the generated texts alone, so the generator fills it in a scratch
 * database of its own (in the two-thread seed, on the generating thread, while the inserting one
 * builds the tickets' indexes). Attached to the seed's database, it is copied by whole tables in
 * SQL: some 25 MB of FTS5 index pages in 0.1 s, where indexing a million texts in the seed's
 * database took 1.7 s.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BulkInsert, TICKET_COLUMNS, type SqlValue } from '@/db/bulk-load';
import { rebuildTicketSearchIndex } from '@/db/queries/ticket-search';
import { bufferFor, RowBuffer, type RowConsumer } from './rows';

const SEARCH_INDEX = 'tickets_fts';
const TEXT_COLUMNS = ['id', 'subject', 'description'] as const;
const TICKET_TEXT = TEXT_COLUMNS.map((c) => TICKET_COLUMNS.indexOf(c));
/**
 * The scratch database's stand-in for the tickets: the full-text table reads its content from a
 * table of that name, and is built from it in one go at the end. Inserting into the full-text
 * table as the rows come would be slower: FTS5 writes its pending terms out at every statement.
 */
const TEXTS =
  'CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject TEXT NOT NULL, description TEXT NOT NULL)';
/** Rows per INSERT of texts into the scratch database: a few hundred values, like the seed's. */
const ROWS_PER_STATEMENT = 100;

type SearchSetting = bigint | number | string | null;

/** Where the scratch database goes and what it holds; plain data, for the generator thread. */
export interface SideTablesPlan {
  file: string;
  /** The CREATE statement of the full-text table in the seed's database. */
  schema: string;
  /**
   * The full-text table's settings but its version (tickets_fts_config), such as hashsize; read
   * with integers as bigint, since FTS5 takes no float for an integer setting and better-sqlite3
   * binds every number as one.
   */
  searchSettings: [string, SearchSetting][];
}

/** Plans the scratch database after the schema of the seed's database `sqlite`. */
export function planSideTables(sqlite: Database.Database): SideTablesPlan {
  const schema = createStatement(sqlite, SEARCH_INDEX);
  const searchSettings = sqlite
    .prepare(`SELECT k, v FROM ${SEARCH_INDEX}_config WHERE k <> 'version'`)
    .raw()
    .safeIntegers()
    .all() as [string, SearchSetting][];
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-side-tables-'));
  return { file: path.join(directory, 'side-tables.db'), schema, searchSettings };
}

/** Deletes the scratch database, after the seed or its failure. */
export function removeSideTables(plan: SideTablesPlan): void {
  fs.rmSync(path.dirname(plan.file), { recursive: true, force: true });
}

function createStatement(sqlite: Database.Database, name: string): string {
  const row = sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as
    { sql: string } | undefined;
  if (!row) throw new Error(`The database has no table ${name}`);
  return row.sql;
}

/** Fills the scratch database, on the thread that generates the rows. */
export class SideTablesWriter {
  private readonly sqlite: Database.Database;
  private readonly texts: RowBuffer;

  constructor(plan: SideTablesPlan) {
    this.sqlite = new Database(plan.file);
    // A scratch file, deleted after the copy or any failure: it needs no journal and no syncs.
    this.sqlite.pragma('journal_mode = OFF');
    this.sqlite.pragma('synchronous = OFF');
    for (const sql of [TEXTS, plan.schema]) this.sqlite.exec(sql);
    const setting = this.sqlite.prepare(
      `INSERT INTO ${SEARCH_INDEX} (${SEARCH_INDEX}, rank) VALUES (?, ?)`,
    );
    for (const [key, value] of plan.searchSettings) setting.run(key, value);
    this.sqlite.exec('BEGIN');
    this.texts = bufferFor(
      new BulkInsert(this.sqlite, 'tickets', TEXT_COLUMNS, ROWS_PER_STATEMENT),
    );
  }

  /** Ticket rows go through it to `next`; it keeps their subjects and descriptions first. */
  keepingTexts(next: RowConsumer): RowConsumer {
    return {
      full: (values) => {
        this.keep(values, values.length / TICKET_COLUMNS.length);
        next.full(values);
      },
      partial: (values, rows) => {
        this.keep(values, rows);
        next.partial(values, rows);
      },
    };
  }

  /** Builds the full-text index and closes, ready for `copySideTables`. */
  finish(): void {
    this.texts.flush();
    rebuildTicketSearchIndex(this.sqlite);
    this.sqlite.exec('COMMIT');
    this.sqlite.close();
  }

  private keep(values: readonly SqlValue[], rows: number): void {
    const [id, subject, description] = TICKET_TEXT;
    for (let row = 0, o = 0; row < rows; row++, o += TICKET_COLUMNS.length) {
      const offset = this.texts.nextRow();
      this.texts.values[offset] = values[o + id];
      this.texts.values[offset + 1] = values[o + subject];
      this.texts.values[offset + 2] = values[o + description];
    }
  }
}

/** The schema name of the scratch database while it is attached to the seed's database. */
const ATTACHED = 'seed_side_tables';

/**
 * Attaches the (still empty) scratch database to `sqlite`, so that `copySideTables` can copy
 * whole tables in SQL: SQLite attaches no database inside a transaction. Call before the seed's
 * transaction; the function it returns, called after it, detaches it again.
 */
export function attachSideTables(sqlite: Database.Database, plan: SideTablesPlan): () => void {
  sqlite.prepare(`ATTACH DATABASE ? AS ${ATTACHED}`).run(plan.file);
  return () => sqlite.exec(`DETACH DATABASE ${ATTACHED}`);
}

/**
 * Replaces the full-text index of `sqlite` with that of the finished, attached scratch database.
 * Call inside the seed's transaction.
 */
export function copySideTables(sqlite: Database.Database): void {
  // A new full-text table: FTS5 keeps an index's structure cached per connection and would not
  // see segments written under it.
  const searchIndex = createStatement(sqlite, SEARCH_INDEX);
  sqlite.exec(`DROP TABLE main.${SEARCH_INDEX}`);
  sqlite.exec(searchIndex);
  const searchTables = sqlite
    .prepare(
      `SELECT name FROM ${ATTACHED}.sqlite_master
       WHERE type = 'table' AND name LIKE ? ESCAPE '\\'`,
    )
    .pluck()
    .all(`${SEARCH_INDEX}\\_%`) as string[];
  // FTS5's own tables (tickets_fts_data and the like) are read-only to SQL in SQLite's defensive
  // mode, which better-sqlite3 turns on.
  sqlite.unsafeMode(true);
  try {
    for (const table of searchTables) {
      sqlite.exec(`DELETE FROM main."${table}"`);
      sqlite.exec(`INSERT INTO main."${table}" SELECT * FROM ${ATTACHED}."${table}"`);
    }
  } finally {
    sqlite.unsafeMode(false);
  }
}
