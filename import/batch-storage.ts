/**
 * How an import's batches reach the database. Most imports commit batch by batch, so a run
 * that stops keeps what it stored and a new run carries on after it. An import about as large
 * as what is stored (the first load of a helpdesk's history) goes in as one bulk load instead:
 * one transaction for the whole file, with the indexes put off and recurrence and summaries
 * settled once at the end, several times faster. A bulk load that stops leaves the database as
 * it was before it, and a new run starts the file again.
 */
import { applyBulkLoadSettings, deferIndexes } from '@/db/bulk-load';
import type { Db } from '@/db/open';
import {
  storeImportBatch,
  type KnownCustomers,
  type TicketWriter,
} from '@/db/queries/import-store';
import { finishImport, getImport } from '@/db/queries/imports';
import { getSettings } from '@/db/queries/settings';
import { BulkTicketLoad } from '@/db/queries/ticket-writes';
import { clearLiveProgress, writeLiveProgress, type LiveProgress } from './live-progress';
import type { TicketBatch } from './ticket-batches';

/**
 * WAL pages between checkpoints while a batched import runs (400 MB at most; 1,000 otherwise).
 * The same index pages are written by batch after batch: copied into the database once at the
 * end instead of every few batches, a large import into a large database runs a fifth faster.
 */
const IMPORT_WAL_PAGES = 100_000;
/**
 * Page cache while a batched import runs (32 MB; 2 MB otherwise). Every ticket adds a key to a
 * dozen indexes, most of them at scattered places: with the pages of their upper levels kept in
 * memory, a 300,000-row import runs a quarter faster, and more as the tables grow.
 */
const IMPORT_CACHE_KIB = 32_768;

export interface BatchStorage {
  readonly kind: 'batched' | 'bulk';
  store(batch: TicketBatch): void;
  /** Every batch is stored: the import is done. */
  finish(): void;
  /** The import stopped: what is not committed is given up, the connection set back. */
  abandon(): void;
}

interface StorageContext {
  db: Db;
  importId: number;
  fileBytes: number;
  customers: KnownCustomers;
}

function storeBatch(
  { db, importId, fileBytes, customers }: StorageContext,
  batch: TicketBatch,
  write?: TicketWriter,
): void {
  storeImportBatch(
    db,
    importId,
    {
      tickets: batch.tickets,
      rejects: batch.rejects,
      rowsDone: batch.lastRow,
      bytesDone: Math.min(batch.bytesRead, fileBytes),
    },
    { write, customers },
  );
}

/** Each batch in a transaction of its own, through the write path every other write takes. */
export function batchedStorage(context: StorageContext): BatchStorage {
  const sqlite = context.db.$client;
  const before = {
    wal: sqlite.pragma('wal_autocheckpoint', { simple: true }) as number,
    cache: sqlite.pragma('cache_size', { simple: true }) as number,
  };
  sqlite.pragma(`wal_autocheckpoint = ${IMPORT_WAL_PAGES}`);
  sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  const restore = () => {
    sqlite.pragma(`wal_autocheckpoint = ${before.wal}`);
    sqlite.pragma(`cache_size = ${before.cache}`);
    sqlite.pragma('wal_checkpoint(PASSIVE)');
  };
  return {
    kind: 'batched',
    store: (batch) => storeBatch(context, batch),
    finish: () => {
      restore();
      finishImport(context.db, context.importId, { status: 'done', error: null, now: Date.now() });
    },
    abandon: restore,
  };
}

/**
 * The whole file in one transaction, through a BulkTicketLoad. Its progress reaches the web
 * server through live-progress.ts, since nothing of the transaction is visible before it ends.
 */
export function bulkStorage(context: StorageContext): BatchStorage {
  const { db, importId } = context;
  const sqlite = db.$client;
  const restoreSettings = applyBulkLoadSettings(sqlite);
  sqlite.exec('BEGIN IMMEDIATE');
  const restoreIndexes = deferIndexes(sqlite);
  const load = new BulkTicketLoad(db);
  const report = (phase: LiveProgress['phase']) => {
    const row = getImport(db, importId)!;
    const { rowsDone, bytesDone, inserted, updated, unchanged, rejected } = row;
    writeLiveProgress(db, importId, {
      ...{ rowsDone, bytesDone, inserted, updated, unchanged, rejected },
      heartbeatAt: Date.now(),
      phase,
    });
  };
  const end = () => {
    restoreSettings();
    // When the web server kept the file in WAL mode, the load is in the WAL: copy it over now.
    sqlite.pragma('wal_checkpoint(PASSIVE)');
    clearLiveProgress(db, importId);
  };
  return {
    kind: 'bulk',
    store: (batch) => {
      storeBatch(context, batch, (upserts, stored) => load.write(upserts, stored));
      report('storing');
    },
    finish: () => {
      report('finishing');
      // The settings as they are now, inside the load's transaction, which holds the write
      // lock: no other change can commit before this one.
      load.finish(getSettings(db));
      report('finishing');
      restoreIndexes();
      finishImport(db, importId, { status: 'done', error: null, now: Date.now() });
      sqlite.exec('COMMIT');
      end();
    },
    abandon: () => {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      end();
    },
  };
}
