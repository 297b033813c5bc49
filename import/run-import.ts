/**
 * Runs a CSV import: a worker thread reads the file as a stream and turns each record into a
 * ticket (or a rejected row with its reasons); this thread stores them in batches. Each batch
 * (its tickets, its rejected rows and the import's counters, including how many rows are
 * settled) commits in one transaction, so a run killed at any moment leaves the database
 * consistent and a new run resumes after the last settled row. Upserts by (source system,
 * external id) make a second import of the same file change nothing.
 */
import fs from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '@/db/open';
import { getImportReferenceData, storeImportBatch } from '@/db/queries/import-store';
import {
  claimImport,
  finishImport,
  getImport,
  heartbeatImport,
  type ImportRow,
} from '@/db/queries/imports';
import { getSettings } from '@/db/queries/settings';
import type { TextEncoding } from '@/lib/import/detect';
import { resolveColumns } from '@/lib/import/mapping';
import { ticketBatchesInThread } from './batch-thread';
import { isUpload } from './uploads';

/** Rows per transaction: larger batches share their commit and summary writes. */
export const BATCH_ROWS = 8_000;
/**
 * WAL pages between checkpoints while an import runs (400 MB at most; 1,000 otherwise). The
 * same index pages are written by batch after batch: copied into the database once at the end
 * instead of every few batches, a large import into a large database runs a fifth faster.
 */
const IMPORT_WAL_PAGES = 100_000;
/**
 * Page cache while an import runs (32 MB; 2 MB otherwise). Every ticket adds a key to a dozen
 * indexes, most of them at scattered places: with the pages of their upper levels kept in
 * memory, a 300,000-row import runs a quarter faster, and more as the tables grow.
 */
const IMPORT_CACHE_KIB = 32_768;
/** A run whose heartbeat is older than this is taken to be dead, and may be resumed. */
export const STALE_AFTER_MS = 30_000;

export class ImportNotRunnable extends Error {}

/**
 * Runs (or resumes) import `id` to its end and returns its final row. Throws ImportNotRunnable
 * when it is done, has no mapping, or another live run holds it.
 */
export async function runCsvImport(
  db: Db,
  id: number,
  options: {
    batchRows?: number;
    onProgress?: (row: ImportRow) => void;
    /** How old a running import's heartbeat must be to take it over (0: take it over now). */
    staleAfterMs?: number;
  } = {},
): Promise<ImportRow> {
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const stored = getImport(db, id);
  if (!stored || stored.kind !== 'csv')
    throw new ImportNotRunnable(`There is no CSV import ${id}.`);
  if (stored.status === 'done') throw new ImportNotRunnable(`Import ${id} is already done.`);
  if (!stored.mapping || !stored.filePath || !stored.encoding || !stored.delimiter) {
    throw new ImportNotRunnable(`Import ${id} has no column mapping yet.`);
  }
  if (!claimImport(db, id, Date.now(), options.staleAfterMs ?? STALE_AFTER_MS)) {
    throw new ImportNotRunnable(`Import ${id} is running in another process.`);
  }
  const fail = (error: string) => {
    finishImport(db, id, { status: 'failed', error, now: Date.now() });
    return getImport(db, id)!;
  };

  const { mapping, headers, filePath } = stored;
  const resolved = resolveColumns(mapping, headers);
  if (!resolved.ok) return fail(resolved.errors.join('; '));
  if (!fs.existsSync(filePath)) return fail('The uploaded file is gone; upload it again.');

  const settings = getSettings(db);
  let settledRows = stored.rowsDone;
  const batches = ticketBatchesInThread({
    filePath,
    encoding: stored.encoding as TextEncoding,
    delimiter: stored.delimiter,
    headers,
    mapping,
    columnIndex: resolved.index,
    reference: getImportReferenceData(db),
    // Rows already settled by an earlier run are read again only to know their ticket ids.
    resumeAfter: stored.rowsDone,
    batchRows,
  });
  const sqlite = db.$client;
  const before = {
    wal: sqlite.pragma('wal_autocheckpoint', { simple: true }) as number,
    cache: sqlite.pragma('cache_size', { simple: true }) as number,
  };
  sqlite.pragma(`wal_autocheckpoint = ${IMPORT_WAL_PAGES}`);
  sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    for await (const item of batches) {
      if (item.kind === 'failed') return fail(item.error);
      if (item.kind === 'settled') {
        heartbeatImport(db, id, Date.now());
        continue;
      }
      const { batch } = item;
      storeImportBatch(
        db,
        id,
        {
          tickets: batch.tickets,
          rejects: batch.rejects,
          rowsDone: batch.lastRow,
          bytesDone: Math.min(batch.bytesRead, stored.fileBytes),
        },
        settings,
      );
      settledRows = batch.lastRow;
      options.onProgress?.(getImport(db, id)!);
      // Between batches, let the rest of the process (a web request, a kill signal) run.
      await yieldToEventLoop();
    }
  } catch (error) {
    return fail(
      `Stopped at row ${settledRows + 1}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    sqlite.pragma(`wal_autocheckpoint = ${before.wal}`);
    sqlite.pragma(`cache_size = ${before.cache}`);
    sqlite.pragma('wal_checkpoint(PASSIVE)');
  }
  finishImport(db, id, { status: 'done', error: null, now: Date.now() });
  if (isUpload(filePath)) fs.rmSync(filePath, { force: true });
  return getImport(db, id)!;
}
