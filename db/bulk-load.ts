/**
 * Writing many tickets into SQLite fast, for the demo seed and for large imports: raw
 * better-sqlite3 statements that insert many rows per call (one call per row costs more in the
 * binding layer than SQLite spends on the row), and the secondary indexes that new rows would
 * scatter over built once at the end instead of updated row by row.
 */
import type Database from 'better-sqlite3';
import { flushInBackground } from './background-flush';
import { rebuildTicketSearchIndex } from './queries/ticket-search';

export type SqlValue = number | string | null;

/** The columns of a ticket row in a bulk insert, in the order the values come. */
export const TICKET_COLUMNS = [
  'id', 'source_system', 'external_id', 'opened_at', 'resolved_at', 'channel', 'customer_id',
  'product_id', 'order_ref', 'root_cause_id', 'department_id', 'severity', 'csat',
  'fix_cost_cents', 'subject', 'description', 'handle_seconds', 'contact_count', 'is_recurrence',
  'created_at', 'updated_at', 'classification_source',
] as const; // prettier-ignore

export const CONTACT_COLUMNS = [
  'id',
  'ticket_id',
  'started_at',
  'channel',
  'agent',
  'handle_seconds',
] as const;

/**
 * Indexes that stay live during a bulk load. New tickets get ids in ascending order, and both
 * the demo and helpdesk exports list tickets by id or opening time, so these keys mostly arrive
 * in order and only add to the right edge of their index, which costs less than building them
 * afterwards. An import also looks tickets up by source and external id, and contacts by ticket,
 * while it loads.
 */
export const INDEXES_KEPT_LIVE = [
  'tickets_opened',
  'tickets_open_backlog',
  'tickets_text_search',
  'tickets_source_external',
  'contacts_ticket',
];

/**
 * Inserts rows given as flat arrays of values, many rows per statement.
 *
 * The statements say OR FAIL. With the default (OR ABORT), a statement that writes several rows
 * must be able to undo only itself, so SQLite copies every page it touches that existed before
 * it into a statement journal, a temporary file: at a million tickets, some 300,000 copies of 4
 * kB and twice as many system calls. OR FAIL still stops at the first constraint violation and
 * reports it; only the earlier rows of that one statement stay, and every caller runs inside a
 * transaction that the error rolls back whole.
 */
export class BulkInsert {
  readonly width: number;
  private readonly batch: Database.Statement;
  private readonly single: Database.Statement;

  constructor(
    sqlite: Database.Database,
    table: string,
    columns: readonly string[],
    readonly rowsPerStatement: number,
  ) {
    this.width = columns.length;
    const row = `(${columns.map(() => '?').join(',')})`;
    const head = `INSERT OR FAIL INTO ${table} (${columns.join(',')}) VALUES `;
    this.batch = sqlite.prepare(head + Array(rowsPerStatement).fill(row).join(','));
    this.single = sqlite.prepare(head + row);
  }

  /**
   * Inserts `rowsPerStatement` rows: exactly that many rows of values in column order. The
   * values go as separate arguments: better-sqlite3 reads an array argument element by element
   * through V8's generic property lookup, which cost more than half a microsecond per ticket.
   */
  full(values: readonly SqlValue[]): void {
    this.batch.run(...values);
  }

  /** Inserts the first `rows` rows of `values`. */
  partial(values: readonly SqlValue[], rows: number): void {
    for (let row = 0; row < rows; row++) {
      this.single.run(...values.slice(row * this.width, (row + 1) * this.width));
    }
  }

  /** Inserts any number of rows given as one flat array. */
  insertAll(values: readonly SqlValue[]): void {
    if (values.length % this.width !== 0) {
      throw new Error(`${values.length} values do not make whole rows of ${this.width} columns`);
    }
    const step = this.width * this.rowsPerStatement;
    let offset = 0;
    for (; offset + step <= values.length; offset += step) {
      this.full(values.slice(offset, offset + step));
    }
    this.partial(values.slice(offset), (values.length - offset) / this.width);
  }
}

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

/** Secondary indexes and triggers of the tables (not the implicit indexes of primary keys). */
export function secondaryIndexesAndTriggers(
  sqlite: Database.Database,
  tables: readonly string[],
): SchemaObject[] {
  return sqlite
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
         AND tbl_name IN (${tables.map(() => '?').join(',')})
       ORDER BY type, name`,
    )
    .all(...tables) as SchemaObject[];
}

/**
 * Drops the tickets' and contacts' secondary indexes (but INDEXES_KEPT_LIVE) and triggers for a
 * bulk load. The function it returns, called when the rows are in, creates them again from their
 * own SQL, so the schema stays what the migrations made, and rebuilds the full-text index, which
 * the load did not keep current, unless the caller brings its own (the seed: side-tables.ts).
 * Call inside a transaction: if the load fails, the drop rolls back with it.
 */
export function deferIndexes(
  sqlite: Database.Database,
): (options?: { rebuildSearchIndex: boolean }) => void {
  const restore = dropSecondaryIndexes(sqlite, ['tickets', 'contacts'], INDEXES_KEPT_LIVE);
  return ({ rebuildSearchIndex } = { rebuildSearchIndex: true }) => {
    restore();
    if (rebuildSearchIndex) rebuildTicketSearchIndex(sqlite);
  };
}

/**
 * Drops the tables' secondary indexes and triggers but those named in `kept`; the function it
 * returns creates them again from their own SQL. Call inside a transaction.
 */
export function dropSecondaryIndexes(
  sqlite: Database.Database,
  tables: readonly string[],
  kept: readonly string[] = [],
): () => void {
  const objects = secondaryIndexesAndTriggers(sqlite, tables).filter((o) => !kept.includes(o.name));
  for (const o of objects) sqlite.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  return () => {
    for (const o of objects) sqlite.exec(o.sql);
  };
}

/**
 * Tunes the connection for one big write; the function it returns puts everything back. Call
 * outside a transaction.
 * - No foreign-key checks: the rows are consistent by construction (the seed and import tests
 *   run foreign_key_check), and a contact may reach SQLite before its ticket.
 * - A rollback journal instead of WAL: in WAL mode every page of a fresh load is written twice
 *   (to the WAL, then checkpointed into the file), a rollback journal only saves the few pages
 *   that existed before, and the load stays atomic. The switch needs the only connection to the
 *   file; when another process has it open (the web server), the load stays in WAL mode. In
 *   rollback mode the file is written to disk while the load runs (background-flush.ts).
 * - Helper threads for the sorts of the index builds, and a 2 MB page cache: measured on 1M
 *   tickets, it builds the indexes about twice as fast as a 32 MB cache or temp_store = MEMORY,
 *   which sort in one big single-threaded run.
 */
export function applyBulkLoadSettings(sqlite: Database.Database): () => void {
  const read = (name: string) => sqlite.pragma(name, { simple: true }) as number | string;
  const previous = {
    journal_mode: read('journal_mode'),
    foreign_keys: read('foreign_keys'),
    threads: read('threads'),
    cache_size: read('cache_size'),
  };
  sqlite.pragma('foreign_keys = OFF');
  let stopFlushing = () => {};
  try {
    sqlite.pragma('journal_mode = DELETE');
    if (!sqlite.memory) stopFlushing = flushInBackground(sqlite.name);
  } catch (error) {
    // Another connection has the file open (the web server): leaving WAL needs it alone.
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  }
  sqlite.pragma('threads = 2');
  sqlite.pragma('cache_size = -2000');
  return () => {
    stopFlushing();
    for (const [name, value] of Object.entries(previous)) sqlite.pragma(`${name} = ${value}`);
  };
}
