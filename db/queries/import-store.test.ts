import { beforeEach, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { getImportReferenceData, storeApiBatch, storeImportedTickets } from './import-store';
import { mergeCause, setCauseRetired } from './taxonomy';
import { parseApiTicket } from '@/lib/import/api-ticket';
import { presetMapping } from '@/lib/import/test-fixtures';
import { mapRow } from '@/lib/import/row';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const HEADERS = ['external_id', 'opened_at', 'customer_ref', 'department', 'root_cause'];
const { mapping, columnIndex } = presetMapping('upstream', HEADERS);

/** Upstream-format rows (id, department, cause) mapped as an import does, and their errors. */
function mapRows(db: Db, rows: [string, string, string][]) {
  const reference = getImportReferenceData(db);
  const errors: string[] = [];
  const tickets = rows.flatMap(([id, department, cause]) => {
    const result = mapRow(
      [id, '2026-01-05T09:00:00Z', 'C-1', department, cause],
      columnIndex,
      mapping,
      reference,
    );
    if (result.ok) return [result.ticket];
    errors.push(...result.errors);
    return [];
  });
  return { tickets, errors };
}

/** The rows mapped and stored; their errors. */
function importRows(db: Db, rows: [string, string, string][]): string[] {
  const { tickets, errors } = mapRows(db, rows);
  storeImportedTickets(db, tickets, DEFAULT_SETTINGS);
  return errors;
}

const attribution = (db: Db, externalId: string) =>
  db.$client
    .prepare(
      'SELECT root_cause_id AS cause, department_id AS department FROM tickets WHERE external_id = ?',
    )
    .get(externalId);

describe('an import names a department and a cause', () => {
  let db: Db;
  beforeEach(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
    // Cause 2, "Wrong item picked", is the warehouse's (department 4).
    expect(importRows(db, [['S', 'warehouse', 'Wrong item picked']])).toEqual([]);
    expect(attribution(db, 'S')).toEqual({ cause: 2, department: 4 });
  });

  test('a misspelt department refuses the row: the stored ticket keeps its cause', () => {
    expect(importRows(db, [['S', 'warehose', 'Wrong item picked']])).toEqual([
      'department (Originating department): no department "warehose"',
    ]);
    expect(attribution(db, 'S')).toEqual({ cause: 2, department: 4 });
  });

  test('a cause without its department refuses the row: the stored ticket keeps its cause', () => {
    expect(importRows(db, [['S', '', 'Wrong item picked']])).toEqual([
      'department (Originating department): name the department of the cause "Wrong item picked"',
    ]);
    expect(attribution(db, 'S')).toEqual({ cause: 2, department: 4 });
  });

  test('both empty: the ticket is unattributed', () => {
    expect(importRows(db, [['S', '', '']])).toEqual([]);
    expect(attribution(db, 'S')).toEqual({ cause: null, department: null });
  });
});

describe('an import names a merged or retired cause', () => {
  let db: Db;
  beforeEach(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
  });

  test('a merged cause: the ticket goes to the cause it was merged into, file and API alike', () => {
    mergeCause(db, 1, 2, null, DEFAULT_SETTINGS);
    expect(importRows(db, [['F', 'order-entry', 'Transposed part number']])).toEqual([]);
    expect(attribution(db, 'F')).toEqual({ cause: 2, department: 4 });
    const item = {
      externalId: 'A',
      openedAt: '2026-01-05T09:00:00Z',
      customer: { ref: 'C-1' },
      department: 'order-entry',
      rootCause: 'Transposed part number',
    };
    const parsed = parseApiTicket(item, 'api', getImportReferenceData(db));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    storeApiBatch(db, { sourceSystem: 'api', tickets: [parsed.ticket], rejects: [], rows: 1 });
    expect(attribution(db, 'A')).toEqual({ cause: 2, department: 4 });
  });

  test('a retired cause refuses the row, and a stored ticket keeps its cause', () => {
    expect(importRows(db, [['R', 'manufacturing', 'Dimensional out of tolerance']])).toEqual([]);
    setCauseRetired(db, 3, true, null);
    expect(importRows(db, [['R', 'manufacturing', 'Dimensional out of tolerance']])).toEqual([
      'root_cause (Root cause): the cause "Dimensional out of tolerance" is retired',
    ]);
    expect(attribution(db, 'R')).toEqual({ cause: 3, department: 1 });
  });

  test('the taxonomy at the commit decides: merged or retired after the rows were read', () => {
    const read = mapRows(db, [
      ['M', 'order-entry', 'Transposed part number'],
      ['X', 'manufacturing', 'Dimensional out of tolerance'],
    ]);
    mergeCause(db, 1, 2, null, DEFAULT_SETTINGS);
    storeImportedTickets(db, read.tickets.slice(0, 1), DEFAULT_SETTINGS);
    expect(attribution(db, 'M')).toEqual({ cause: 2, department: 4 });
    setCauseRetired(db, 3, true, null);
    expect(() => storeImportedTickets(db, read.tickets.slice(1), DEFAULT_SETTINGS)).toThrow(
      'The cause "Dimensional out of tolerance" was retired after these rows were read',
    );
    expect(attribution(db, 'X')).toBeUndefined();
  });
});
