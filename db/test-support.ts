/** Temporary databases for tests: a fresh migrated file per call, with a little reference data. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from './open';

export function openTestDatabase(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-test-'));
  return openDatabase(path.join(dir, 'test.db'));
}

/** Causes 1-4 (two upstream departments, customer service), customers 1-5, products 1-3. */
export function insertReferenceRows(db: Db): void {
  db.$client.exec(`
    INSERT INTO root_causes (id, department_id, name) VALUES
      (1, 3, 'Transposed part number'), (2, 4, 'Wrong item picked'),
      (3, 1, 'Dimensional out of tolerance'), (4, 7, 'Wrong promise date given');
    INSERT INTO customers (id, name) VALUES (1, 'Acme'), (2, 'Globex'), (3, 'Initech'),
      (4, 'Umbrella'), (5, 'Hooli');
    INSERT INTO products (id, sku, name) VALUES (1, 'VX-1', 'Valve'), (2, 'VX-2', 'Pump'),
      (3, 'VX-3', 'Seal kit');
  `);
}

/** All rows of a table in a stable order, for comparing two states. */
export function tableRows(db: Db, table: string, orderBy: string): unknown[] {
  return db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all();
}
