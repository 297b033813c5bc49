/**
 * The rows an import refused, as CSV for the person who fixes the file: its row number, why it
 * was refused and the line as it was. Every text cell is escaped against formulas: the line is
 * the file's own text, and a reason can begin with one of its column headers.
 */
import { csvLines } from '../csv';
import { escapeFormula } from '../ticket-csv';

export const REJECT_CSV_COLUMNS = ['row', 'reason', 'raw_line'] as const;

export interface RejectedRow {
  rowNumber: number;
  reason: string;
  rawLine: string;
}

export function rejectCsvRows(rejects: readonly RejectedRow[]): string {
  return csvLines(
    rejects.map((r) => [String(r.rowNumber), escapeFormula(r.reason), escapeFormula(r.rawLine)]),
  );
}
