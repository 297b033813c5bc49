import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { rejectCsvRows } from './rejects-csv';

test('a reason that begins with a column header of the file is not read as a formula', () => {
  const csv = rejectCsvRows([
    {
      rowNumber: 7,
      // What lib/import/row.ts writes for a bad value under a header named like a formula.
      reason: '=HYPERLINK("http://evil.example") (Opened at): not a date',
      rawLine: '@SUM(A1),2026-13-01',
    },
    { rowNumber: 9, reason: 'The row has 3 fields; the header has 4.', rawLine: 'a,b,c' },
  ]);
  expect(Papa.parse<string[]>(csv.trimEnd()).data).toEqual([
    ['7', `'=HYPERLINK("http://evil.example") (Opened at): not a date`, "'@SUM(A1),2026-13-01"],
    ['9', 'The row has 3 fields; the header has 4.', 'a,b,c'],
  ]);
});
