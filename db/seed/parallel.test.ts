import { expect, test } from 'vitest';
import { openDatabase } from '@/db/open';
import { GeneratorThread } from './parallel';
import { BulkInsert, CONTACT_COLUMNS, TICKET_COLUMNS } from '@/db/bulk-load';
import { demoAgents } from './world';

function inserts() {
  const sqlite = openDatabase(':memory:').$client;
  sqlite.pragma('foreign_keys = OFF');
  return {
    sqlite,
    tickets: new BulkInsert(sqlite, 'tickets', TICKET_COLUMNS, 50),
    contacts: new BulkInsert(sqlite, 'contacts', CONTACT_COLUMNS, 150),
  };
}

const params = { tickets: 5_000, seed: 4, end: '2025-11-24' };
const recurrence = { windowDays: 30, key: 'customer' as const };

test('the worker thread generates every ticket and contact it reports', () => {
  const target = inserts();
  const progress: number[] = [];
  const { stats, summaries } = new GeneratorThread(
    { ...params, recurrence },
    demoAgents(4),
  ).insertAll(target, (n) => progress.push(n));
  const count = (table: string) =>
    (target.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  expect(stats.tickets).toBe(5_000);
  expect(count('tickets')).toBe(5_000);
  expect(count('contacts')).toBe(stats.contacts);
  expect(progress.at(-1)).toBe(5_000);
  const summarized = summaries.rows().departments.filter((d) => d.kind === 'd');
  // The first measure is the ticket count.
  expect(summarized.reduce((sum, d) => sum + d.measures[0], 0)).toBe(5_000);
});

test('an error in the worker thread surfaces in the inserting thread', () => {
  const thread = new GeneratorThread({ ...params, end: '2025-13-01', recurrence }, demoAgents(4));
  expect(() => thread.insertAll(inserts(), () => {})).toThrow(
    /worker thread: .*End date "2025-13-01"/,
  );
});
