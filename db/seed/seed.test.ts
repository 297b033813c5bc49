import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '@/db/open';
import { rebuildSummaries } from '@/db/queries/summaries';
import { findRecurrences, type RecurrenceTicket } from '@/lib/recurrence';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { isoToDay, monthOf, MS_PER_DAY } from '@/lib/time';
import { SeedRefusedError, seedDatabase } from './seed';
import { CAUSES } from './taxonomy';
import {
  all,
  one,
  seedTempDatabase,
  tableDigest,
  tempDatabaseFile,
  TEST_END,
  type SeededDatabase,
} from './test-support';

const TABLES = [
  'tickets',
  'contacts',
  'customers',
  'products',
  'root_causes',
  'corrective_actions',
];
const END_MS = isoToDay(TEST_END) * MS_PER_DAY;
const SUMMARIES = [
  ['department_stats', 'period_kind, period, department_key'],
  ['cause_stats', 'period_kind, period, department_key, cause_key'],
  ['resolution_histogram', 'period_kind, period, department_key, cause_key'],
] as const;

describe('a seeded demo database (30,000 tickets)', () => {
  let seeded: SeededDatabase;
  beforeAll(() => {
    seeded = seedTempDatabase({ parallel: true });
  });
  afterAll(() => seeded?.close());

  test('is deterministic: the single-thread path writes the same rows, another seed does not', () => {
    const again = seedTempDatabase({ parallel: false });
    const other = seedTempDatabase({ seed: 2 });
    try {
      for (const table of TABLES) {
        expect(tableDigest(again.db, table), table).toBe(tableDigest(seeded.db, table));
      }
      expect(tableDigest(other.db, 'tickets')).not.toBe(tableDigest(seeded.db, 'tickets'));
    } finally {
      again.close();
      other.close();
    }
  });

  test('has exactly the requested tickets, numbered in opened_at order, all before the end', () => {
    const t = one<{ n: number; ids: number; external: number; last: number; disorder: number }>(
      seeded.db,
      `SELECT COUNT(*) AS n, MAX(id) AS ids, COUNT(DISTINCT external_id) AS external,
              MAX(MAX(opened_at), MAX(COALESCE(resolved_at, 0))) AS last,
              (SELECT COUNT(*) FROM tickets a JOIN tickets b ON b.id = a.id + 1
               WHERE b.opened_at < a.opened_at) AS disorder
       FROM tickets`,
    );
    expect(t).toEqual({ n: 30_000, ids: 30_000, external: 30_000, last: t.last, disorder: 0 });
    expect(t.last).toBeLessThan(END_MS);
    expect(seeded.report.stats.tickets).toBe(30_000);
  });

  test("each ticket's handle seconds and contact count are the sum and count of its contacts", () => {
    const mismatches = one<{ n: number }>(
      seeded.db,
      `SELECT COUNT(*) AS n FROM tickets t
       LEFT JOIN (SELECT ticket_id, COUNT(*) AS c, SUM(handle_seconds) AS s
                  FROM contacts GROUP BY ticket_id) k ON k.ticket_id = t.id
       WHERE t.contact_count IS NOT k.c OR t.handle_seconds IS NOT k.s`,
    );
    expect(mismatches.n).toBe(0);
    const outside = one<{ n: number }>(
      seeded.db,
      `SELECT COUNT(*) AS n FROM contacts c JOIN tickets t ON t.id = c.ticket_id
       WHERE c.started_at < t.opened_at OR c.started_at >= COALESCE(t.resolved_at, ?)
          OR t.contact_count NOT BETWEEN 1 AND 5`,
      END_MS,
    );
    expect(outside.n).toBe(0);
  });

  test('is_recurrence is what findRecurrences decides with the default settings', () => {
    const tickets = all<RecurrenceTicket>(
      seeded.db,
      `SELECT id, customer_id AS customerId, product_id AS productId,
              root_cause_id AS rootCauseId, opened_at AS openedAt, resolved_at AS resolvedAt
       FROM tickets`,
    );
    const expected = findRecurrences(tickets, {
      windowDays: DEFAULT_SETTINGS.recurrenceWindowDays,
      key: DEFAULT_SETTINGS.recurrenceKey,
    });
    const stored = all<{ id: number }>(
      seeded.db,
      'SELECT id FROM tickets WHERE is_recurrence ORDER BY id',
    );
    expect(expected.size).toBeGreaterThan(1_000);
    expect(stored.map((r) => r.id)).toEqual([...expected].sort((a, b) => a - b));
  });

  test('about 10 % are unclassified, more of them in the last three weeks (triage lag)', () => {
    const share = (from: number) =>
      one<{ s: number }>(
        seeded.db,
        'SELECT AVG(root_cause_id IS NULL) AS s FROM tickets WHERE opened_at >= ?',
        from,
      ).s;
    expect(share(0)).toBeGreaterThan(0.08);
    expect(share(0)).toBeLessThan(0.12);
    expect(share(END_MS - 21 * MS_PER_DAY)).toBeGreaterThan(1.5 * share(0));
  });

  test('a classified ticket was attributed by a person, so no rule or import overrules it', () => {
    const sources = all<{ classified: number; source: string | null; n: number }>(
      seeded.db,
      `SELECT root_cause_id IS NOT NULL AS classified, classification_source AS source,
              COUNT(*) AS n
       FROM tickets GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(sources.map(({ classified, source }) => [classified, source])).toEqual([
      [0, null],
      [1, 'human'],
    ]);
  });

  test("a classified ticket's department is its cause's; an unclassified one has neither", () => {
    const wrong = one<{ n: number }>(
      seeded.db,
      `SELECT COUNT(*) AS n FROM tickets t LEFT JOIN root_causes r ON r.id = t.root_cause_id
       WHERE t.department_id IS NOT r.department_id`,
    );
    expect(wrong.n).toBe(0);
  });

  test('ticket text is filled in: no placeholders or undefined values left', () => {
    const leaks = one<{ n: number }>(
      seeded.db,
      `SELECT COUNT(*) AS n FROM tickets
       WHERE subject || description GLOB '*[{}]*' OR subject || description LIKE '%undefined%'
          OR subject = '' OR description = ''`,
    );
    expect(leaks.n).toBe(0);
  });

  test('a few causes make most tickets', () => {
    const counts = all<{ n: number }>(
      seeded.db,
      'SELECT COUNT(*) AS n FROM tickets WHERE root_cause_id IS NOT NULL GROUP BY root_cause_id ORDER BY n DESC',
    ).map((r) => r.n);
    const total = counts.reduce((a, b) => a + b, 0);
    const top = counts.slice(0, Math.ceil(CAUSES.length / 5)).reduce((a, b) => a + b, 0);
    expect(counts.length).toBe(CAUSES.length);
    expect(top / total).toBeGreaterThan(0.55);
  });

  test('departments differ as intended in resolution time and fix cost', () => {
    const byDepartment = new Map(
      all<{ d: number; hours: number[] }>(
        seeded.db,
        `SELECT department_id AS d, json_group_array((resolved_at - opened_at) / 3600000.0) AS hours
         FROM tickets WHERE resolved_at IS NOT NULL AND department_id IS NOT NULL GROUP BY 1`,
      ).map((r) => [r.d, median(JSON.parse(String(r.hours)) as number[])]),
    );
    expect(byDepartment.get(7)).toBeLessThan(24); // customer service: hours
    expect(byDepartment.get(4)).toBeLessThan(48); // warehouse: a re-ship
    expect(byDepartment.get(5)).toBeGreaterThan(5 * 24); // installation: a field visit
    expect(byDepartment.get(5)).toBeLessThan(9 * 24);
    const cost = (d: number) =>
      one<{ c: number }>(
        seeded.db,
        'SELECT AVG(fix_cost_cents) AS c FROM tickets WHERE department_id = ?',
        d,
      ).c;
    expect(cost(5)).toBeGreaterThan(5 * cost(4));
  });

  test('foreign keys hold, indexes are rebuilt and the connection settings are restored', () => {
    expect(all(seeded.db, 'PRAGMA foreign_key_check')).toEqual([]);
    // The same tables, indexes and triggers, with the same SQL, as a database straight from the
    // migrations: the full-text table the seed made anew included.
    const indexSql =
      'SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name';
    const fresh = openDatabase(':memory:');
    expect(all(seeded.db, indexSql)).toEqual(all(fresh, indexSql));
    fresh.$client.close();
    expect(seeded.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(seeded.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  test("the full-text index the generator built holds every ticket's text", () => {
    const sqlite = seeded.db.$client;
    // With rank 1, FTS5 checks its index against the tickets table, the content it indexes.
    sqlite.exec("INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('integrity-check', 1)");
    const matches = (words: string) =>
      sqlite
        .prepare('SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? ORDER BY rowid')
        .pluck()
        .all(words);
    const found = ['box', 'wrong part', 'instal*'].map(matches);
    expect(Math.min(...found.map((ids) => ids.length))).toBeGreaterThan(100);
    sqlite.exec("INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')");
    expect(['box', 'wrong part', 'instal*'].map(matches)).toEqual(found);
    // Its settings came along: pending terms are written out at 64 MB (migration 0013).
    expect(
      sqlite
        .prepare("SELECT v, typeof(v) AS type FROM tickets_fts_config WHERE k = 'hashsize'")
        .get(),
    ).toEqual({ v: 64 * 1024 * 1024, type: 'integer' });
  });

  test('the summary tables the generator added up equal a rebuild from the tickets (both paths)', () => {
    const totals = one<{ tickets: number; contacts: number }>(
      seeded.db,
      "SELECT SUM(tickets) AS tickets, SUM(contacts) AS contacts FROM department_stats WHERE period_kind = 'd'",
    );
    expect(totals).toEqual({ tickets: 30_000, contacts: seeded.report.stats.contacts });
    const single = seedTempDatabase({ parallel: false, tickets: 5_000 });
    try {
      for (const db of [seeded.db, single.db]) {
        db.$client.exec(
          "INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('integrity-check', 1)",
        );
        const digests = () => SUMMARIES.map(([table, key]) => tableDigest(db, table, key));
        const seededDigests = digests();
        rebuildSummaries(db);
        expect(seededDigests).toEqual(digests());
      }
    } finally {
      single.close();
    }
  });
});

describe('refusing and resetting', () => {
  test('summary rows without tickets behind them are not added to', () => {
    const file = tempDatabaseFile();
    const db = openDatabase(file);
    try {
      db.$client.exec(
        `INSERT INTO department_stats (period_kind, period, department_key, tickets, classified,
           recurrences, resolved, resolved_one_contact, contacts, handle_seconds, fix_cost_cents)
         VALUES ('m', ${monthOf(isoToDay(TEST_END) - 40)}, 4, 1000, 0, 0, 0, 0, 0, 0, 0)`,
      );
      seedDatabase(db, { tickets: 2_000, seed: 1, end: TEST_END, reset: false });
      const digests = () => SUMMARIES.map(([table, key]) => tableDigest(db, table, key));
      const seeded = digests();
      rebuildSummaries(db);
      expect(seeded).toEqual(digests());
    } finally {
      db.$client.close();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  test('a database with tickets is refused unless reset, and reset keeps departments and users', () => {
    const seeded = seedTempDatabase({ tickets: 3_000 });
    try {
      const before = tableDigest(seeded.db, 'tickets');
      const options = { tickets: 3_000, seed: 1, end: TEST_END, reset: false };
      expect(() => seedDatabase(seeded.db, options)).toThrow(SeedRefusedError);
      expect(() => seedDatabase(seeded.db, options)).toThrow(/3,000 tickets.*--reset/);
      expect(tableDigest(seeded.db, 'tickets')).toBe(before);

      seeded.db.$client.exec(
        "INSERT INTO users (id, email, name, role, created_at, updated_at) VALUES ('u1', 'a@b.c', 'Ann', 'admin', 0, 0)",
      );
      seedDatabase(seeded.db, { ...options, reset: true });
      expect(tableDigest(seeded.db, 'tickets')).toBe(before);
      expect(one(seeded.db, 'SELECT COUNT(*) AS n FROM users')).toEqual({ n: 1 });
      expect(one(seeded.db, 'SELECT COUNT(*) AS n FROM departments')).toEqual({ n: 8 });

      seedDatabase(seeded.db, { ...options, seed: 9, tickets: 1_000, reset: true });
      expect(one(seeded.db, 'SELECT COUNT(*) AS n FROM tickets')).toEqual({ n: 1_000 });
    } finally {
      seeded.close();
    }
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
