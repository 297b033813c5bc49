/** Seeded temporary databases for the seed tests. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/open';
import { seedDatabase, type SeedOptions, type SeedReport } from './seed';

export const TEST_END = '2025-11-24';

export interface SeededDatabase {
  db: Db;
  file: string;
  report: SeedReport;
  close(): void;
}

export function tempDatabaseFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-seed-')), 'demo.db');
}

export function seedTempDatabase(options: Partial<SeedOptions> = {}): SeededDatabase {
  const file = tempDatabaseFile();
  const db = openDatabase(file);
  const report = seedDatabase(db, {
    tickets: 30_000,
    seed: 1,
    end: TEST_END,
    reset: false,
    ...options,
  });
  return {
    db,
    file,
    report,
    close() {
      db.$client.close();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}

/** SHA-256 over every row of the table in primary-key order. */
export function tableDigest(db: Db, table: string, orderBy = 'id'): string {
  const hash = createHash('sha256');
  const rows = db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).raw().iterate();
  for (const row of rows) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

export function all<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  return db.$client.prepare(sql).all(...params) as T[];
}

export function one<T>(db: Db, sql: string, ...params: unknown[]): T {
  return db.$client.prepare(sql).get(...params) as T;
}
