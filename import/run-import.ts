/**
 * Runs a CSV import: a worker thread reads the file as a stream and turns each record into a
 * ticket (or a rejected row with its reasons); this thread stores them in batches. Each batch
 * (its tickets, its rejected rows and the import's counters, including how many rows are
 * settled) commits in one transaction, so a run killed at any moment leaves the database
 * consistent and a new run resumes after the last settled row; a file about as large as the
 * database goes in as one bulk load instead (batch-storage.ts). Upserts by (source system,
 * external id) make a second import of the same file change nothing.
 */
import fs from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '@/db/open';
import { getImportReferenceData, knownCustomers } from '@/db/queries/import-store';
import {
  claimImport,
  finishImport,
  getImport,
  heartbeatImport,
  type ImportRow,
} from '@/db/queries/imports';
import type { TextEncoding } from '@/lib/import/detect';
import { resolveColumns } from '@/lib/import/mapping';
import { batchedStorage, bulkStorage, type BatchStorage } from './batch-storage';
import { ticketBatchesInThread } from './batch-thread';
import type { TicketBatch } from './ticket-batches';
import { isUpload } from './uploads';

/** Rows per transaction: larger batches share their commit and summary writes. */
export const BATCH_ROWS = 5_000;
/**
 * A file of at least this many rows still to store, and at least as many as the database holds,
 * goes in as one bulk load (batch-storage.ts): then building the indexes anew and deciding
 * every ticket's recurrence once costs less than keeping them current batch by batch.
 */
export const BULK_FROM_ROWS = 50_000;
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
    /** Rows from which a file goes in as one bulk load (BULK_FROM_ROWS). */
    bulkFromRows?: number;
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

  let settledRows = stored.rowsDone;
  // The rows being stored when an error struck: SQLite names no row, so the batch is named.
  let failingRows: { from: number; to: number } | null = null;
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
  const context = {
    db,
    importId: id,
    fileBytes: stored.fileBytes,
    customers: knownCustomers(),
  };
  // Chosen at the first batch, which tells how many rows the file holds.
  let storage: BatchStorage | null = null;
  try {
    for await (const item of batches) {
      if (item.kind === 'failed') {
        storage?.abandon();
        return fail(item.error);
      }
      if (item.kind === 'settled') {
        heartbeatImport(db, id, Date.now());
        continue;
      }
      const { batch } = item;
      storage ??=
        bulkRowsAhead(db, stored, batch) >= (options.bulkFromRows ?? BULK_FROM_ROWS)
          ? bulkStorage(context)
          : batchedStorage(context);
      failingRows = { from: settledRows + 1, to: batch.lastRow };
      storage.store(batch);
      settledRows = batch.lastRow;
      failingRows = null;
      options.onProgress?.(getImport(db, id)!);
      // Between batches, let the rest of the process (a web request, a kill signal) run.
      await yieldToEventLoop();
    }
    storage?.finish();
  } catch (error) {
    storage?.abandon();
    const reason = error instanceof Error ? error.message : String(error);
    const where = failingRows
      ? `Stopped while storing rows ${failingRows.from}-${failingRows.to}`
      : `Stopped after row ${settledRows}, while finishing the import`;
    return fail(
      storage?.kind === 'bulk'
        ? `${where}: ${reason}. A file this large goes in whole or not at all: nothing of it was stored, and resuming starts it again.`
        : `${where}: ${reason}. Rows before ${failingRows?.from ?? settledRows + 1} are stored; resuming goes on from there.`,
    );
  }
  if (!storage) finishImport(db, id, { status: 'done', error: null, now: Date.now() });
  if (isUpload(filePath)) fs.rmSync(filePath, { force: true });
  return getImport(db, id)!;
}

/**
 * How many rows a bulk load would take on: the rows the file holds after those already stored
 * (estimated from the first batch's share of its bytes), or 0 when the database already holds
 * more tickets than that, so keeping its indexes current costs less than building them anew.
 */
function bulkRowsAhead(db: Db, stored: ImportRow, first: TicketBatch): number {
  if (stored.rowsDone > 0 || first.bytesRead === 0) return 0;
  const fileRows = Math.round((first.lastRow * stored.fileBytes) / first.bytesRead);
  const { n } = db.$client.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number };
  return fileRows >= n ? fileRows : 0;
}
