import { describe, expect, test } from 'vitest';
import {
  insertReferenceRows,
  openTestDatabase,
  snapshotSummaries,
  storedRecurrenceTickets,
  tableRows,
} from '../test-support';
import { rebuildSummaries } from './summaries';
import { deferIndexes } from '../bulk-load';
import { BulkTicketLoad, updateTickets, upsertTickets, type TicketUpsert } from './ticket-writes';
import { findRecurrences } from '@/lib/recurrence';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Db } from '../open';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);
const settings = DEFAULT_SETTINGS;

function ticket(externalId: string, fields: Partial<TicketUpsert> = {}): TicketUpsert {
  return {
    sourceSystem: 'test',
    externalId,
    openedAt: T0,
    channel: 'phone',
    customerId: 1,
    rootCauseId: 1,
    departmentId: 3,
    contacts: [{ startedAt: T0, channel: 'phone', agent: 'ann', handleSeconds: 300 }],
    ...fields,
  };
}

function storedRecurrences(db: Db): number[] {
  return (
    db.$client.prepare('SELECT id FROM tickets WHERE is_recurrence = 1 ORDER BY id').all() as {
      id: number;
    }[]
  ).map((r) => r.id);
}

function expectedRecurrences(db: Db): number[] {
  return [
    ...findRecurrences(storedRecurrenceTickets(db), { windowDays: 30, key: 'customer' }),
  ].sort((a, b) => a - b);
}

describe('the ticket write path', () => {
  test('summary tables equal a rebuild after mixed inserts, resolutions and re-classifications', () => {
    const db = openTestDatabase();
    insertReferenceRows(db);
    // In time order, then a batch out of order (older tickets arriving late, as imports do).
    upsertTickets(
      db,
      [ticket('a', { resolvedAt: T0 + 2 * DAY }), ticket('b', { openedAt: T0 + 10 * DAY })],
      settings,
    );
    upsertTickets(
      db,
      [
        ticket('c', { openedAt: T0 + 40 * DAY, customerId: 2, rootCauseId: 2, departmentId: 4 }),
        ticket('d', { openedAt: T0 - 20 * DAY, resolvedAt: T0 - 19 * DAY }),
        ticket('e', {
          openedAt: T0 + 3 * DAY,
          rootCauseId: null,
          departmentId: null,
          contacts: [],
        }),
        ticket('f', { openedAt: T0 + 50 * DAY, customerId: 2, rootCauseId: 2, departmentId: 4 }),
      ],
      settings,
    );
    expect(storedRecurrences(db)).toEqual(expectedRecurrences(db));

    const id = (ext: string) =>
      (
        db.$client.prepare('SELECT id FROM tickets WHERE external_id = ?').get(ext) as {
          id: number;
        }
      ).id;
    // Resolving c makes f a recurrence; re-classifying a (in the middle of a chain) changes b.
    updateTickets(db, [{ id: id('c'), fields: { resolvedAt: T0 + 45 * DAY } }], settings);
    expect(storedRecurrences(db)).toContain(id('f'));
    updateTickets(db, [{ id: id('a'), fields: { rootCauseId: 3, departmentId: 1 } }], settings);
    updateTickets(db, [{ id: id('e'), fields: { rootCauseId: 1, departmentId: 3 } }], settings);
    // The same ticket twice in one batch, and a contact change.
    upsertTickets(
      db,
      [
        ticket('b', { openedAt: T0 + 10 * DAY, resolvedAt: T0 + 11 * DAY }),
        ticket('b', {
          openedAt: T0 + 10 * DAY,
          resolvedAt: T0 + 12 * DAY,
          contacts: [
            { startedAt: T0 + 10 * DAY, channel: 'email', agent: 'bo', handleSeconds: 120 },
            { startedAt: T0 + 11 * DAY, channel: 'phone', agent: 'bo', handleSeconds: 600 },
          ],
        }),
      ],
      settings,
    );
    expect(storedRecurrences(db)).toEqual(expectedRecurrences(db));

    const incremental = snapshotSummaries(db);
    expect(incremental[0].length).toBeGreaterThan(0);
    rebuildSummaries(db);
    expect(snapshotSummaries(db)).toEqual(incremental);
  });

  test('importing the same tickets again changes nothing; a missing column keeps its value', () => {
    const db = openTestDatabase();
    insertReferenceRows(db);
    const batch = [
      ticket('x', { subject: 'Wrong part', csat: 2 }),
      ticket('y', { openedAt: T0 + DAY }),
    ];
    expect(upsertTickets(db, batch, settings)).toEqual(['inserted', 'inserted']);
    const before = tableRows(db, 'tickets', 'id');
    expect(upsertTickets(db, batch, settings)).toEqual(['unchanged', 'unchanged']);
    const { subject: _dropped, csat: _csat, ...withoutSubject } = batch[0];
    void _dropped;
    void _csat;
    expect(upsertTickets(db, [{ ...withoutSubject, contacts: undefined }], settings)).toEqual([
      'unchanged',
    ]);
    expect(tableRows(db, 'tickets', 'id')).toEqual(before);
  });

  test('contacts sent again in another order change nothing; another contact does', () => {
    const db = openTestDatabase();
    insertReferenceRows(db);
    const call = (minutes: number, agent: string, handleSeconds: number) => ({
      startedAt: T0 + minutes * 60_000,
      channel: 'phone' as const,
      agent,
      handleSeconds,
    });
    // Two contacts at the same moment, and a later one listed first.
    const contacts = [call(90, 'cy', 120), call(0, 'ann', 300), call(0, 'bo', 60)];
    expect(upsertTickets(db, [ticket('x', { contacts })], settings)).toEqual(['inserted']);
    const before = tableRows(db, 'contacts', 'id');
    const reordered = [contacts[2], contacts[0], contacts[1]];
    expect(upsertTickets(db, [ticket('x', { contacts: reordered })], settings)).toEqual([
      'unchanged',
    ]);
    expect(tableRows(db, 'contacts', 'id')).toEqual(before);
    const changed = [contacts[2], contacts[0], call(0, 'ann', 301)];
    expect(upsertTickets(db, [ticket('x', { contacts: changed })], settings)).toEqual(['updated']);
  });

  test('the full-text index holds exactly the stored texts after inserts, edits and twice-written tickets', () => {
    const db = openTestDatabase();
    insertReferenceRows(db);
    const matches = (words: string) =>
      (
        db.$client
          .prepare('SELECT COUNT(*) AS n FROM tickets_fts WHERE tickets_fts MATCH ?')
          .get(words) as { n: number }
      ).n;
    upsertTickets(
      db,
      [
        ticket('F1', { subject: 'Bent flange', description: 'arrived bent' }),
        ticket('F2', { subject: 'Leaking seal' }),
        // Written twice in one batch: only the last text counts.
        ticket('F3', { subject: 'Wrong colour' }),
        ticket('F3', { subject: 'Wrong voltage' }),
      ],
      settings,
    );
    upsertTickets(
      db,
      [
        ticket('F1', { subject: 'Cracked flange' }),
        ticket('F2', { subject: 'Leaking seal', resolvedAt: T0 + DAY }),
      ],
      settings,
    );
    expect([matches('bent'), matches('cracked'), matches('leaking')]).toEqual([1, 1, 1]);
    expect([matches('colour'), matches('voltage')]).toEqual([0, 1]);
    // FTS5 compares its index with the tickets' texts, and throws on any difference.
    expect(() =>
      db.$client.exec(`INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('integrity-check', 1)`),
    ).not.toThrow();
  });

  test('a new ticket without required fields is refused and nothing of its batch is stored', () => {
    const db = openTestDatabase();
    insertReferenceRows(db);
    expect(() =>
      upsertTickets(
        db,
        [ticket('ok'), { sourceSystem: 'test', externalId: 'bad', channel: 'phone' }],
        settings,
      ),
    ).toThrow(/Row 2 .*openedAt, customerId/);
    expect(tableRows(db, 'tickets', 'id')).toEqual([]);
    expect(tableRows(db, 'department_stats', 'period')).toEqual([]);
  });

  test('a bulk load stores what upserts store: new, stored, twice-written and out-of-order tickets', () => {
    const stored = [
      ticket('s1', { openedAt: T0 - 30 * DAY, resolvedAt: T0 - 29 * DAY }),
      ticket('s2', { openedAt: T0 + 20 * DAY, customerId: 2, rootCauseId: 2, departmentId: 4 }),
    ];
    const batches: TicketUpsert[][] = [
      // New tickets, one resolved within the window before a stored one's repeat, out of order.
      [
        ticket('n1', { openedAt: T0 + 5 * DAY, resolvedAt: T0 + 6 * DAY }),
        ticket('n2', { openedAt: T0 - 10 * DAY }),
        ticket('n3', { openedAt: T0 + 21 * DAY, customerId: 2, rootCauseId: 2, departmentId: 4 }),
      ],
      // A stored ticket changed, and a ticket of this load written again.
      [
        ticket('s2', {
          openedAt: T0 + 20 * DAY,
          customerId: 2,
          rootCauseId: 2,
          departmentId: 4,
          resolvedAt: T0 + 20.5 * DAY,
        }),
        ticket('n1', {
          openedAt: T0 + 5 * DAY,
          resolvedAt: T0 + 6 * DAY,
          rootCauseId: 3,
          departmentId: 1,
        }),
        ticket('n4', { openedAt: T0 + 7 * DAY, rootCauseId: null, departmentId: 7, contacts: [] }),
      ],
    ];
    const upserted = openTestDatabase();
    const bulk = openTestDatabase();
    for (const db of [upserted, bulk]) {
      insertReferenceRows(db);
      upsertTickets(db, stored, settings);
    }
    const outcomes = batches.map((b) => upsertTickets(upserted, b, settings));

    bulk.$client.exec('BEGIN');
    const restoreIndexes = deferIndexes(bulk.$client);
    const load = new BulkTicketLoad(bulk);
    expect(batches.map((b) => load.write(b))).toEqual(outcomes);
    load.finish(settings);
    restoreIndexes();
    bulk.$client.exec('COMMIT');

    const columns = `source_system, external_id, opened_at, resolved_at, channel, customer_id,
      product_id, order_ref, root_cause_id, department_id, severity, csat, fix_cost_cents, subject,
      description, handle_seconds, contact_count, is_recurrence, classification_source`;
    const rows = (db: Db) =>
      db.$client.prepare(`SELECT ${columns} FROM tickets ORDER BY external_id`).all();
    expect(rows(bulk)).toEqual(rows(upserted));
    expect(storedRecurrences(bulk)).toEqual(expectedRecurrences(bulk));
    expect(storedRecurrences(bulk).length).toBeGreaterThan(0);
    expect(snapshotSummaries(bulk)).toEqual(snapshotSummaries(upserted));
    const kept = snapshotSummaries(bulk);
    rebuildSummaries(bulk);
    expect(snapshotSummaries(bulk)).toEqual(kept);
  });
});
