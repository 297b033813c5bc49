import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openDatabase } from './open';

let directory: string;
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-open-'));
});
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

const pageSize = (db: Database.Database) => db.pragma('page_size', { simple: true });

test('a new database file gets 8 kB pages, WAL and foreign keys', () => {
  const db = openDatabase(path.join(directory, 'new.db')).$client;
  expect(pageSize(db)).toBe(8192);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  db.close();
});

test('an existing file keeps its page size', () => {
  const file = path.join(directory, 'old.db');
  const old = new Database(file);
  old.exec('CREATE TABLE earlier (id INTEGER PRIMARY KEY)');
  const before = pageSize(old);
  old.close();
  expect(before).toBe(4096);
  const db = openDatabase(file).$client;
  expect(pageSize(db)).toBe(4096);
  expect(
    db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'tickets'").get(),
  ).toEqual({ n: 1 });
  db.close();
});
