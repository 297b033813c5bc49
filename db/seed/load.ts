/**
 * Writing the demo into SQLite fast: raw better-sqlite3 statements that insert many rows per
 * call (one call per row costs more in the binding layer than SQLite spends on the row), and
 * secondary indexes built once at the end instead of updated row by row.
 */
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import {
  causeStats,
  contacts,
  correctiveActions,
  customers,
  departmentStats,
  importRejects,
  imports,
  products,
  resolutionHistogram,
  rootCauses,
  tickets,
} from '@/db/schema';
import { RowBuffer, type RowConsumer, type SqlValue } from './rows';
import { rebuildTicketSearchIndex } from '@/db/queries/ticket-search';

/** Tables the seeder fills, parents first. */
export const DEMO_TABLES = [
  rootCauses,
  customers,
  products,
  correctiveActions,
  tickets,
  contacts,
].map(getTableName);

/** Names from the drizzle schema, so a renamed summary table cannot be missed here. */
export const SUMMARY_TABLES = [departmentStats, causeStats, resolutionHistogram].map(getTableName);

export function countRows(sqlite: Database.Database, table: string): number {
  const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number };
  return row.n;
}

/**
 * Deletes everything a seed (or an import) created: tickets and their contacts, causes,
 * customers, products, corrective actions, imports and summaries. Departments, users, tokens,
 * settings and the audit trail stay.
 */
export function deleteDemoData(sqlite: Database.Database): void {
  // Children before parents, so it also works with foreign keys on.
  const tables = [
    ...[...DEMO_TABLES].reverse(),
    getTableName(importRejects),
    getTableName(imports),
    ...SUMMARY_TABLES,
  ];
  for (const table of tables) sqlite.exec(`DELETE FROM "${table}"`);
}

/** Inserts rows given as flat arrays of values, many rows per statement. */
export class BulkInsert implements RowConsumer {
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
    const head = `INSERT INTO ${table} (${columns.join(',')}) VALUES `;
    this.batch = sqlite.prepare(head + Array(rowsPerStatement).fill(row).join(','));
    this.single = sqlite.prepare(head + row);
  }

  /** A buffer that the generator fills and this statement empties. */
  buffer(): RowBuffer {
    return new RowBuffer(this.width, this.rowsPerStatement, this);
  }

  full(values: readonly SqlValue[]): void {
    this.batch.run(values);
  }

  partial(values: readonly SqlValue[], rows: number): void {
    for (let row = 0; row < rows; row++) {
      this.single.run(values.slice(row * this.width, (row + 1) * this.width));
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
 * Runs `load` with the tables' secondary indexes and triggers dropped and creates them again
 * afterwards from their own SQL, so the schema stays what the migrations made; then rebuilds the
 * full-text index, which the dropped triggers did not keep current. Indexes named in `keep` stay
 * live: rows that arrive in their key order only add to their right edge, which costs less than
 * building them afterwards from a scan of the whole table. Call inside a transaction: if the
 * load fails, the drop rolls back with it.
 */
export function withIndexesDeferred<T>(
  sqlite: Database.Database,
  tables: readonly string[],
  keep: readonly string[],
  load: () => T,
): T {
  const objects = secondaryIndexesAndTriggers(sqlite, tables).filter((o) => !keep.includes(o.name));
  for (const o of objects) sqlite.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  const result = load();
  for (const o of objects) sqlite.exec(o.sql);
  rebuildTicketSearchIndex(sqlite);
  return result;
}

/**
 * Runs `load` with the connection tuned for one big write, and puts everything back after:
 * - no foreign-key checks: the rows are consistent by construction (seed.test.ts runs
 *   foreign_key_check), and a contact may reach SQLite before its ticket;
 * - a rollback journal instead of WAL: in WAL mode every page of a fresh load is written twice
 *   (to the WAL, then checkpointed into the file), a rollback journal only saves the few pages
 *   that existed before, and the load stays atomic. The switch needs the only connection to the
 *   file; when another process has it open, the load simply stays in WAL mode;
 * - helper threads for the sorts of the index builds. Measured on 1M tickets: the default 2 MB
 *   page cache with temporary files builds the indexes about twice as fast as a 256 MB cache or
 *   temp_store = MEMORY, which sort in one big single-threaded run.
 */
export function withBulkLoadSettings<T>(sqlite: Database.Database, load: () => T): T {
  const read = (name: string) => sqlite.pragma(name, { simple: true }) as number | string;
  const previous = {
    journal_mode: read('journal_mode'),
    foreign_keys: read('foreign_keys'),
    threads: read('threads'),
  };
  try {
    sqlite.pragma('foreign_keys = OFF');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma('threads = 2');
    return load();
  } finally {
    for (const [name, value] of Object.entries(previous)) sqlite.pragma(`${name} = ${value}`);
  }
}
