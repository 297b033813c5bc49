import { beforeEach, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { getImportReferenceData, storeImportedTickets } from './import-store';
import { importMappingSchema, presetColumns, resolveColumns } from '@/lib/import/mapping';
import { mapRow } from '@/lib/import/row';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const HEADERS = ['external_id', 'opened_at', 'customer_ref', 'department', 'root_cause'];
const mapping = importMappingSchema.parse({
  preset: 'upstream',
  sourceSystem: 'upstream',
  columns: presetColumns('upstream', HEADERS),
});
const resolved = resolveColumns(mapping, HEADERS);
if (!resolved.ok) throw new Error(resolved.errors.join('; '));

/** Upstream-format rows (id, department, cause) mapped and stored as an import does. */
function importRows(db: Db, rows: [string, string, string][]): string[] {
  const reference = getImportReferenceData(db);
  const errors: string[] = [];
  const tickets = rows.flatMap(([id, department, cause]) => {
    const result = mapRow(
      [id, '2026-01-05T09:00:00Z', 'C-1', department, cause],
      resolved.ok ? resolved.index : {},
      mapping,
      reference,
    );
    if (result.ok) return [result.ticket];
    errors.push(...result.errors);
    return [];
  });
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
