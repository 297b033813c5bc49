/**
 * The rows of a CSV file as batches ready to store: records read and parsed, each mapped to a
 * ticket or to a rejected row with its reasons, and a ticket id seen twice in the file rejected
 * the second time. It never touches Upstream's database, so an import runs it in a thread of its own
 * (batch-thread.ts) while its own thread stores the previous batch.
 */
import { ticketKey } from '@/lib/domain';
import type { TextEncoding } from '@/lib/import/detect';
import type { ImportField, ImportMapping } from '@/lib/import/mapping';
import { mapRow, type ImportedTicket, type ReferenceData } from '@/lib/import/row';
import { readRecords, type CsvRecord } from './read-records';
import { SeenIds } from './seen-ids';

/** A rejected row's raw text is kept up to this length (a runaway field can be megabytes). */
const MAX_RAW_KEPT = 20_000;
/** Rows an earlier run settled are re-read only to know their ids; say so every this many. */
const SETTLED_PROGRESS_EVERY = 50_000;

export interface BatchSource {
  filePath: string;
  encoding: TextEncoding;
  delimiter: string;
  /** The header the mapping was made with: a file whose header changed since is refused. */
  headers: string[];
  mapping: ImportMapping;
  columnIndex: Partial<Record<ImportField, number>>;
  reference: ReferenceData;
  /** Rows 1..resumeAfter were stored by an earlier run of the same import. */
  resumeAfter: number;
  batchRows: number;
}

export interface TicketBatch {
  tickets: ImportedTicket[];
  rejects: { rowNumber: number; rawLine: string; reason: string }[];
  /** The last row of the file this batch settles. */
  lastRow: number;
  /** Bytes of the file read when the batch was complete. */
  bytesRead: number;
}

export type BatchItem =
  | { kind: 'batch'; batch: TicketBatch }
  /** Still re-reading the rows an earlier run settled (a sign of life on a long resume). */
  | { kind: 'settled'; rowNumber: number }
  /** The file cannot be imported at all; nothing of it is to be stored. */
  | { kind: 'failed'; error: string };

const clip = (raw: string) =>
  raw.length > MAX_RAW_KEPT ? `${raw.slice(0, MAX_RAW_KEPT)}… (${raw.length} characters)` : raw;

export async function* ticketBatches(source: BatchSource): AsyncGenerator<BatchItem> {
  const seen = new SeenIds();
  try {
    yield* batchesOf(source, seen);
  } finally {
    seen.close();
  }
}

function reject(batch: TicketBatch, record: CsvRecord, reason: string): void {
  batch.rejects.push({ rowNumber: record.rowNumber, rawLine: clip(record.raw), reason });
}

async function* batchesOf(source: BatchSource, seen: SeenIds): AsyncGenerator<BatchItem> {
  const { headers, mapping, columnIndex, reference, resumeAfter, batchRows } = source;
  const { pieces, bytesRead } = readRecords(source.filePath, source);
  const empty = (lastRow: number): TicketBatch => ({
    tickets: [],
    rejects: [],
    lastRow,
    bytesRead: 0,
  });
  let batch = empty(resumeAfter);
  for await (const piece of pieces) {
    for (const record of piece) {
      if (record.rowNumber === 0) {
        if (!('fields' in record)) {
          yield { kind: 'failed', error: `The header row cannot be read: ${record.error}` };
          return;
        }
        const header = record.fields.map((h) => h.trim());
        if (header.join('\u0000') !== headers.join('\u0000')) {
          yield {
            kind: 'failed',
            error: 'The file on disk no longer has the header it was mapped with.',
          };
          return;
        }
        continue;
      }
      const settled = record.rowNumber <= resumeAfter;
      if (!('fields' in record)) {
        if (!settled) reject(batch, record, `The row cannot be read as CSV: ${record.error}`);
      } else if (record.fields.length !== headers.length) {
        if (!settled) {
          const reason = `The row has ${record.fields.length} fields; the header has ${headers.length}.`;
          reject(batch, record, reason);
        }
      } else {
        const result = mapRow(record.fields, columnIndex, mapping, reference);
        const earlier = result.ok
          ? seen.firstRow(ticketKey(result.ticket), record.rowNumber)
          : undefined;
        if (!settled) {
          if (!result.ok) reject(batch, record, result.errors.join('; '));
          else if (earlier !== undefined) {
            const id = result.ticket.externalId;
            reject(batch, record, `The ticket id "${id}" was already in row ${earlier}.`);
          } else batch.tickets.push(result.ticket);
        }
      }
      if (settled) {
        if (record.rowNumber % SETTLED_PROGRESS_EVERY === 0) {
          yield { kind: 'settled', rowNumber: record.rowNumber };
        }
        continue;
      }
      batch.lastRow = record.rowNumber;
      if (batch.tickets.length + batch.rejects.length >= batchRows) {
        yield { kind: 'batch', batch: { ...batch, bytesRead: bytesRead() } };
        batch = empty(batch.lastRow);
      }
    }
  }
  yield { kind: 'batch', batch: { ...batch, bytesRead: bytesRead() } };
}
