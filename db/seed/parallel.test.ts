import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openDatabase } from '@/db/open';
import { GeneratorThread } from './parallel';
import { BulkInsert, CONTACT_COLUMNS, TICKET_COLUMNS } from '@/db/bulk-load';
import { bufferFor } from './rows';
import { planSideTables, removeSideTables, type SideTablesPlan } from './side-tables';
import { demoAgents } from './world';

function inserts() {
  const sqlite = openDatabase(':memory:').$client;
  sqlite.pragma('foreign_keys = OFF');
  return {
    sqlite,
    tickets: bufferFor(new BulkInsert(sqlite, 'tickets', TICKET_COLUMNS, 50)),
    contacts: bufferFor(new BulkInsert(sqlite, 'contacts', CONTACT_COLUMNS, 150)),
  };
}

let sideTables: SideTablesPlan;
const params = () => {
  const schema = openDatabase(':memory:').$client;
  sideTables = planSideTables(schema);
  schema.close();
  return {
    tickets: 5_000,
    seed: 4,
    end: '2025-11-24',
    recurrence: { windowDays: 30, key: 'customer' as const },
    sideTables,
  };
};
afterEach(() => removeSideTables(sideTables));

test('the worker thread generates every ticket and contact it reports, and their text index', () => {
  const target = inserts();
  const progress: number[] = [];
  const thread = new GeneratorThread(params(), demoAgents(4));
  const stats = thread.insertAll(target, (n) => progress.push(n));
  const count = (table: string) =>
    (target.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  expect(stats.tickets).toBe(5_000);
  expect(count('tickets')).toBe(5_000);
  expect(count('contacts')).toBe(stats.contacts);
  expect(progress.at(-1)).toBe(5_000);
  thread.waitForSideTables();
  const side = new Database(sideTables.file, { readonly: true });
  // The worker's full-text index finds what one rebuilt from the inserted tickets finds.
  target.sqlite.exec("INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')");
  const matches = (db: Database.Database, words: string) =>
    db
      .prepare('SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? ORDER BY rowid')
      .pluck()
      .all(words);
  for (const words of ['box', 'wrong part', 'instal*']) {
    expect(matches(side, words), words).toEqual(matches(target.sqlite, words));
    expect(matches(side, words).length, words).toBeGreaterThan(50);
  }
  side.close();
});

test('an error in the worker thread surfaces in the inserting thread', () => {
  const thread = new GeneratorThread({ ...params(), end: '2025-13-01' }, demoAgents(4));
  expect(() => thread.insertAll(inserts(), () => {})).toThrow(
    /worker thread: .*End date "2025-13-01"/,
  );
});
