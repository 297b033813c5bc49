import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BulkInsert } from './bulk-load';

describe('BulkInsert', () => {
  let sqlite: Database.Database;
  beforeEach(() => {
    sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
  });
  afterEach(() => sqlite.close());

  const rows = (...ids: number[]) => ids.flatMap((id) => [id, `name ${id}`]);
  const stored = () => sqlite.prepare('SELECT id, name FROM t ORDER BY id').raw().all();

  test('inserts whole statements and the rest row by row, in column order', () => {
    new BulkInsert(sqlite, 't', ['id', 'name'], 3).insertAll(rows(1, 2, 3, 4, 5));
    expect(stored()).toEqual([1, 2, 3, 4, 5].map((id) => [id, `name ${id}`]));
  });

  test('refuses values that do not make whole rows', () => {
    expect(() => new BulkInsert(sqlite, 't', ['id', 'name'], 3).insertAll([1])).toThrow(
      /1 values do not make whole rows of 2 columns/,
    );
  });

  test('a constraint violation in a statement still fails, and its transaction undoes everything', () => {
    const insert = new BulkInsert(sqlite, 't', ['id', 'name'], 3);
    const load = sqlite.transaction(() => {
      insert.full(rows(1, 2, 3));
      insert.full([4, 'name 4', 5, 'name 1', 6, 'name 6']);
    });
    expect(load).toThrow(/UNIQUE constraint failed: t.name/);
    expect(stored()).toEqual([]);
  });
});
