/**
 * Runs a CSV import: reads the file as a stream, turns each record into a ticket (or a rejected
 * row with its reasons), and stores them in batches. Each batch (its tickets, its rejected rows
 * and the import's counters, including how many rows are settled) commits in one transaction, so
 * a run killed at any moment leaves the database consistent and a new run resumes after the
 * last settled row. Upserts by (source system, external id) make a second import of the same
 * file change nothing.
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
import { mapRow, type ImportedTicket } from '@/lib/import/row';
import { readRecords } from './read-records';
import { isUpload } from './uploads';

/** Rows per transaction: larger batches share their commit and summary writes. */
export const BATCH_ROWS = 10_000;
/**
 * WAL pages between checkpoints while an import runs (400 MB at most; 1,000 otherwise). The
 * same index pages are written by batch after batch: copied into the database once at the end
 * instead of every few batches, a large import into a large database runs a fifth faster.
 */
const IMPORT_WAL_PAGES = 100_000;
/** A run whose heartbeat is older than this is taken to be dead, and may be resumed. */
export const STALE_AFTER_MS = 30_000;
/** A rejected row's raw text is kept up to this length (a runaway field can be megabytes). */
const MAX_RAW_KEPT = 20_000;

export class ImportNotRunnable extends Error {}

interface PendingBatch {
  tickets: ImportedTicket[];
  rejects: { rowNumber: number; rawLine: string; reason: string }[];
  lastRow: number;
}

const emptyBatch = (lastRow: number): PendingBatch => ({ tickets: [], rejects: [], lastRow });

/**
 * A copy of a string that holds nothing else alive: a field cut from a row can share the row's
 * memory, and a key kept for every row of a million-row file would keep every row.
 */
const detached = (s: string) => Buffer.from(s).toString();

const clip = (raw: string) =>
  raw.length > MAX_RAW_KEPT ? `${raw.slice(0, MAX_RAW_KEPT)}… (${raw.length} characters)` : raw;

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
  const reference = getImportReferenceData(db);
  // Rows already settled by an earlier run are read again only to know their ticket ids.
  const resumeAfter = stored.rowsDone;
  const seen = new Map<string, number>();
  const { records, bytesRead } = readRecords(filePath, {
    encoding: stored.encoding as TextEncoding,
    delimiter: stored.delimiter,
  });

  const commit = (batch: PendingBatch) =>
    storeImportBatch(
      db,
      id,
      {
        tickets: batch.tickets,
        rejects: batch.rejects,
        rowsDone: batch.lastRow,
        bytesDone: Math.min(bytesRead(), stored.fileBytes),
      },
      settings,
    );

  let batch = emptyBatch(resumeAfter);
  const walPages = db.$client.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.$client.pragma(`wal_autocheckpoint = ${IMPORT_WAL_PAGES}`);
  try {
    for await (const record of records) {
      if (record.rowNumber === 0) {
        if (!('fields' in record)) return fail(`The header row cannot be read: ${record.error}`);
        const header = record.fields.map((h) => h.trim());
        if (header.join('\u0000') !== headers.join('\u0000')) {
          return fail('The file on disk no longer has the header it was mapped with.');
        }
        continue;
      }
      const reject = (reason: string) =>
        batch.rejects.push({ rowNumber: record.rowNumber, rawLine: clip(record.raw), reason });
      const settled = record.rowNumber <= resumeAfter;
      if (!('fields' in record)) {
        if (!settled) reject(`The row cannot be read as CSV: ${record.error}`);
      } else if (record.fields.length !== headers.length) {
        if (!settled) {
          reject(`The row has ${record.fields.length} fields; the header has ${headers.length}.`);
        }
      } else {
        const result = mapRow(record.fields, resolved.index, mapping, reference);
        const key = result.ok
          ? `${result.ticket.sourceSystem}\u0000${result.ticket.externalId}`
          : '';
        const earlier = result.ok ? seen.get(key) : undefined;
        if (result.ok && earlier === undefined) seen.set(detached(key), record.rowNumber);
        if (!settled) {
          if (!result.ok) reject(result.errors.join('; '));
          else if (earlier !== undefined) {
            reject(`The ticket id "${result.ticket.externalId}" was already in row ${earlier}.`);
          } else batch.tickets.push(result.ticket);
        }
      }
      if (settled) {
        if (record.rowNumber % 50_000 === 0) heartbeatImport(db, id, Date.now());
        continue;
      }
      batch.lastRow = record.rowNumber;
      if (batch.tickets.length + batch.rejects.length >= batchRows) {
        commit(batch);
        batch = emptyBatch(batch.lastRow);
        options.onProgress?.(getImport(db, id)!);
        // Between batches, let the rest of the process (a web request, a kill signal) run.
        await yieldToEventLoop();
      }
    }
    commit(batch);
  } catch (error) {
    return fail(
      `Stopped at row ${batch.lastRow + 1}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    db.$client.pragma(`wal_autocheckpoint = ${walPages}`);
    db.$client.pragma('wal_checkpoint(PASSIVE)');
  }
  finishImport(db, id, { status: 'done', error: null, now: Date.now() });
  if (isUpload(filePath)) fs.rmSync(filePath, { force: true });
  return getImport(db, id)!;
}
