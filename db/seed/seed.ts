/**
 * Seeds a database with the demo data set: reference rows, then tickets and contacts streamed
 * from the generator (summed up into the summary tables on the way), then the full-text index
 * the generator built beside it (side-tables.ts), all in one transaction. Shared by the seed CLI
 * and scripts/ensure-demo-db.ts.
 */
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/open';
import { getSettings } from '@/db/queries/settings';
import { seedSpan, type SeedSpan } from './calendar';
import { TicketGenerator, type GenerateStats } from './generate';
import {
  applyBulkLoadSettings,
  BulkInsert,
  CONTACT_COLUMNS,
  deferIndexes,
  TICKET_COLUMNS,
} from '@/db/bulk-load';
import { countRows, deleteDemoData, deleteSummaries, DEMO_TABLES, SUMMARY_TABLES } from './load';
import { GeneratorThread } from './parallel';
import { insertReferenceData } from './reference-data';
import { bufferFor, RowBuffer, type RowConsumer, type RowSinks } from './rows';
import {
  attachSideTables,
  copySideTables,
  planSideTables,
  removeSideTables,
  SideTablesWriter,
} from './side-tables';
import { SummarizingConsumer } from './summarize';
import type { GeneratorParams } from './worker';
import { buildWorld, demoAgents, type World } from './world';

export interface SeedOptions {
  tickets: number;
  seed: number;
  /** YYYY-MM-DD: the data covers the 24 months before 00:00 UTC of this day. */
  end: string;
  /** Delete existing demo/ticket data first instead of refusing. */
  reset: boolean;
  /**
   * Generate in a worker thread while this one inserts. Default: from PARALLEL_FROM tickets up;
   * below that, starting the thread and warming it up costs more than it saves.
   */
  parallel?: boolean;
}

export const DEFAULT_TICKETS = 150_000;
export const DEFAULT_SEED = 1;
const PROGRESS_EVERY = 500_000;
export const PARALLEL_FROM = 100_000;
/** Rows per INSERT statement: about 1,000 bound values each. */
const TICKETS_PER_STATEMENT = 50;
const CONTACTS_PER_STATEMENT = 150;
/**
 * Page cache while the rows go in (KiB, as PRAGMA cache_size takes it); the index builds after
 * them keep the bulk load's 2 MB, which sorts faster. At a million tickets, in five alternating
 * pairs of runs against 2 MB throughout, the seed with it was 0.2-0.3 s quicker each time (of
 * 9.3-10.5 s). Imports keep 2 MB throughout: not measured with it.
 */
const LOAD_CACHE_KIB = 16_000;

export class SeedRefusedError extends Error {}

export interface SeedReport {
  span: SeedSpan;
  stats: GenerateStats;
  /** Rows per table after the seed. */
  counts: Record<string, number>;
  /** Rows this seed inserted (reference data, tickets, contacts; not summaries). */
  rowsWritten: number;
  /** Generating and inserting tickets and reference rows, and building the indexes. */
  loadMs: number;
  indexMs: number;
  /** Copying in the full-text index (side-tables.ts), and the commit. */
  sideTablesMs: number;
  totalMs: number;
}

/** Existing rows that a seed would collide with, by table; empty when the database is clean. */
export function existingData(sqlite: Database.Database): Record<string, number> {
  const found: Record<string, number> = {};
  for (const table of DEMO_TABLES) {
    const n = countRows(sqlite, table);
    if (n > 0) found[table] = n;
  }
  return found;
}

function refuseUnlessEmpty(sqlite: Database.Database): void {
  const existing = Object.entries(existingData(sqlite));
  if (existing.length === 0) return;
  const what = existing.map(([table, n]) => `${n.toLocaleString('en-US')} ${table}`).join(', ');
  throw new SeedRefusedError(
    `The database already has data (${what}). Pass --reset to delete it and seed again.`,
  );
}

/**
 * The single-thread path: the same rows and full-text index as the worker, in the same order.
 * `tickets` takes ticket rows TICKETS_PER_STATEMENT at a time.
 */
function generateHere(
  world: World,
  params: GeneratorParams,
  tickets: RowConsumer,
  contacts: BulkInsert,
  progress: (tickets: number) => void,
): GenerateStats {
  const generator = new TicketGenerator(world, { ...params, span: seedSpan(params.end) });
  const sideTables = new SideTablesWriter(params.sideTables);
  const texts = sideTables.keepingTexts(tickets);
  const stats = generator.run(
    {
      tickets: new RowBuffer(TICKET_COLUMNS.length, TICKETS_PER_STATEMENT, texts),
      contacts: bufferFor(contacts),
    },
    progress,
  );
  sideTables.finish();
  return stats;
}

function progressLogger(log: (line: string) => void): (tickets: number) => void {
  let next = PROGRESS_EVERY;
  return (tickets) => {
    if (tickets < next) return;
    log(`  ${tickets.toLocaleString('en-US')} tickets...`);
    next += PROGRESS_EVERY;
  };
}

/**
 * Writes the demo data set into `db`. Refuses (SeedRefusedError) when the database already holds
 * tickets, causes, customers, products or actions, unless `reset` is set.
 */
export function seedDatabase(
  db: Db,
  options: SeedOptions,
  log: (line: string) => void = () => {},
): SeedReport {
  const sqlite = db.$client;
  if (!options.reset) refuseUnlessEmpty(sqlite);
  const settings = getSettings(db);
  const span = seedSpan(options.end);
  const params: GeneratorParams = {
    tickets: options.tickets,
    seed: options.seed,
    end: options.end,
    recurrence: { windowDays: settings.recurrenceWindowDays, key: settings.recurrenceKey },
    sideTables: planSideTables(sqlite),
  };
  const started = performance.now();
  const parallel = options.parallel ?? options.tickets >= PARALLEL_FROM;
  const times = { indexes: 0, sideTables: 0 };
  let thread: GeneratorThread | null = null;
  let stats: GenerateStats | undefined;
  let rowsWritten = 0;
  try {
    // Started first, so that the worker's start-up overlaps everything up to the ticket inserts.
    if (parallel) thread = new GeneratorThread(params, demoAgents(options.seed));
    const world = buildWorld(options.tickets, options.seed);
    const restoreSettings = applyBulkLoadSettings(sqlite);
    const detachSideTables = attachSideTables(sqlite, params.sideTables);
    try {
      // One transaction, summaries included: a seed lands whole or not at all, and the dropped
      // indexes always come back.
      sqlite.transaction(() => {
        const tickets = new BulkInsert(sqlite, 'tickets', TICKET_COLUMNS, TICKETS_PER_STATEMENT);
        const contacts = new BulkInsert(
          sqlite,
          'contacts',
          CONTACT_COLUMNS,
          CONTACTS_PER_STATEMENT,
        );
        // Tickets are summed up on this thread: at a million tickets, the generating thread kept
        // this one waiting some 2 s for rows when it summed them up itself.
        const summarized = new SummarizingConsumer(tickets, db);
        const progress = progressLogger(log);
        // The reset's deletes too run without the deferred indexes and triggers: row by row
        // they cost more than the rebuild.
        const restoreIndexes = deferIndexes(sqlite);
        const sortCache = sqlite.pragma('cache_size', { simple: true }) as number;
        sqlite.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
        if (options.reset) deleteDemoData(sqlite);
        // The seed's summaries are added to what the tables hold: summary rows without tickets
        // behind them (a file restored in part) must not count.
        else deleteSummaries(sqlite);
        rowsWritten += insertReferenceData(sqlite, world, span);
        if (thread) {
          const rows: RowSinks = {
            tickets: new RowBuffer(TICKET_COLUMNS.length, TICKETS_PER_STATEMENT, summarized),
            contacts: bufferFor(contacts),
          };
          stats = thread.insertAll(rows, progress);
        } else {
          stats = generateHere(world, params, summarized, contacts, progress);
        }
        summarized.finish();
        rowsWritten += stats.tickets + stats.contacts;
        times.indexes = performance.now();
        sqlite.pragma(`cache_size = ${sortCache}`);
        restoreIndexes({ rebuildSearchIndex: false });
        times.sideTables = performance.now();
        // The generator indexed the texts: copied in, the index equals a rebuild from the tickets
        // (seed.test.ts checks).
        thread?.waitForSideTables();
        copySideTables(sqlite);
      })();
    } finally {
      detachSideTables();
      restoreSettings();
    }
  } finally {
    thread?.stop();
    removeSideTables(params.sideTables);
  }
  const finished = performance.now();

  const counts: Record<string, number> = {};
  for (const table of ['departments', ...DEMO_TABLES, ...SUMMARY_TABLES]) {
    counts[table] = countRows(sqlite, table);
  }
  return {
    span,
    stats: stats!,
    counts,
    rowsWritten,
    loadMs: times.sideTables - started,
    indexMs: times.sideTables - times.indexes,
    sideTablesMs: finished - times.sideTables,
    totalMs: finished - started,
  };
}
