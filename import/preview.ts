/**
 * What an import would do with the first rows of its file under a mapping, and which category
 * values the file holds (for the value mapping), read from the start of the file.
 */
import type { ImportRow } from '@/db/queries/imports';
import type { TextEncoding } from '@/lib/import/detect';
import { resolveColumns, type ImportMapping } from '@/lib/import/mapping';
import { categoryValues, mapRow, type ImportedTicket, type ReferenceData } from '@/lib/import/row';
import { readRecords } from './read-records';

export const PREVIEW_ROWS = 20;
/** Rows scanned for category values; values first seen later stay unmapped (unclassified). */
export const CATEGORY_SCAN_ROWS = 50_000;
const MAX_CATEGORY_VALUES = 200;

export interface PreviewRow {
  rowNumber: number;
  ticket: ImportedTicket | null;
  errors: string[];
}

export interface CategoryValue {
  value: string;
  rows: number;
}

export interface ImportPreview {
  /** Problems with the mapping itself; no row is read while there are any. */
  mappingErrors: string[];
  rows: PreviewRow[];
  categoryValues: CategoryValue[];
}

export async function previewImport(
  row: ImportRow,
  mapping: ImportMapping,
  reference: ReferenceData,
): Promise<ImportPreview> {
  const resolved = resolveColumns(mapping, row.headers);
  if (!resolved.ok) return { mappingErrors: resolved.errors, rows: [], categoryValues: [] };
  const rows: PreviewRow[] = [];
  const counts = new Map<string, number>();
  const categoryColumn = resolved.index.category;
  const { records } = readRecords(row.filePath!, {
    encoding: row.encoding as TextEncoding,
    delimiter: row.delimiter!,
  });
  for await (const record of records) {
    if (record.rowNumber === 0) continue;
    if (
      record.rowNumber > PREVIEW_ROWS &&
      (categoryColumn === undefined || record.rowNumber > CATEGORY_SCAN_ROWS)
    )
      break;
    if (!('fields' in record)) {
      if (record.rowNumber <= PREVIEW_ROWS) {
        rows.push({ rowNumber: record.rowNumber, ticket: null, errors: [record.error] });
      }
      continue;
    }
    if (categoryColumn !== undefined) {
      for (const v of categoryValues(
        record.fields[categoryColumn] ?? '',
        mapping.columns.category!,
      )) {
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    }
    if (record.rowNumber > PREVIEW_ROWS) continue;
    if (record.fields.length !== row.headers.length) {
      rows.push({
        rowNumber: record.rowNumber,
        ticket: null,
        errors: [
          `The row has ${record.fields.length} fields; the header has ${row.headers.length}.`,
        ],
      });
      continue;
    }
    const result = mapRow(record.fields, resolved.index, mapping, reference);
    rows.push(
      result.ok
        ? { rowNumber: record.rowNumber, ticket: result.ticket, errors: [] }
        : { rowNumber: record.rowNumber, ticket: null, errors: result.errors },
    );
  }
  const categoryValuesFound = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CATEGORY_VALUES)
    .map(([value, n]) => ({ value, rows: n }));
  return { mappingErrors: [], rows, categoryValues: categoryValuesFound };
}
