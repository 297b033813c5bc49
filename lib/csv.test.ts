import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { csvLines } from './csv';

test('quotes a cell only where it needs it, and ends every line with CRLF', () => {
  expect(
    csvLines([
      ['a', 'b,c', 'say "hi"', ''],
      ['line\nbreak', 'cr\rhere', ' edge', 'x'],
    ]),
  ).toBe('a,"b,c","say ""hi""",\r\n"line\nbreak","cr\rhere"," edge",x\r\n');
});

test('no rows, no text', () => {
  expect(csvLines([])).toBe('');
});

test('what it writes reads back cell for cell, also in pieces', () => {
  const rows = [
    ['id', 'text'],
    ['1', 'Acme, "North" GmbH'],
    ['2', 'first line\r\nsecond line'],
    ['3', '=not a formula here, the caller escapes'],
  ];
  const text = csvLines(rows.slice(0, 2)) + csvLines(rows.slice(2));
  expect(Papa.parse<string[]>(text, { skipEmptyLines: true }).data).toEqual(rows);
});
