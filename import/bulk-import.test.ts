import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createImportFromFile } from './create-import';
import { BULK_FROM_ROWS, runCsvImport } from './run-import';
import { openDatabase, type Db } from '@/db/open';
import { getImport } from '@/db/queries/imports';
import { getOverview } from '@/db/queries/overview';
import { getSettings } from '@/db/queries/settings';
import { rebuildSummaries } from '@/db/queries/summaries';
import { exportTicketChunks } from '@/db/queries/ticket-export';
import { updateTickets } from '@/db/queries/ticket-writes';
import {
  seedTempDatabase,
  tempDatabaseFile,
  TEST_END,
  type SeededDatabase,
} from '@/db/seed/test-support';
import { snapshotSummaries } from '@/db/test-support';
import { makeRange } from '@/lib/filters';
import { findRecurrences } from '@/lib/recurrence';
import { ticketCsvHeader, ticketCsvRows } from '@/lib/ticket-csv';
import { isoToDay } from '@/lib/time';

const RANGE = makeRange(isoToDay(TEST_END) - 800, isoToDay(TEST_END), 'custom');
const OLDEST = { key: 'opened', direction: 'asc' } as const;

function writeFile(name: string, content: string): string {
  const file = path.join(path.dirname(tempDatabaseFile()), name);
  fs.writeFileSync(file, content);
  return file;
}

async function importFile(db: Db, file: string, bulk: boolean) {
  const id = await createImportFromFile(
    db,
    { filePath: file, fileName: path.basename(file), bytes: fs.statSync(file).size },
    { userId: null },
  );
  return runCsvImport(db, id, { batchRows: 500, bulkFromRows: bulk ? 1 : Infinity });
}

const rows = (db: Db, sql: string) => db.$client.prepare(sql).all();
const count = (db: Db, sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

/** Every stored column of the tickets but the times of the writes, in key order. */
const TICKETS = `SELECT id, source_system, external_id, opened_at, resolved_at, channel,
  customer_id, product_id, order_ref, root_cause_id, department_id, severity, csat,
  fix_cost_cents, subject, description, handle_seconds, contact_count, is_recurrence,
  classification_source FROM tickets ORDER BY source_system, external_id`;
const CONTACTS = 'SELECT * FROM contacts ORDER BY id';
const CUSTOMERS = 'SELECT id, external_ref, name FROM customers ORDER BY id';
const CAUSES = 'SELECT id, department_id, name FROM root_causes ORDER BY id';

/** What a bulk load must leave as every write leaves it. */
function expectConsistent(db: Db) {
  expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
  // FTS5's own check that its index matches the tickets' texts.
  db.$client.prepare(`INSERT INTO tickets_fts (tickets_fts) VALUES ('integrity-check')`).run();
  const stored = rows(db, TICKETS) as {
    id: number;
    customer_id: number;
    product_id: number | null;
    root_cause_id: number | null;
    opened_at: number;
    resolved_at: number | null;
    is_recurrence: number;
  }[];
  const expected = findRecurrences(
    stored.map((t) => ({
      id: t.id,
      customerId: t.customer_id,
      productId: t.product_id,
      rootCauseId: t.root_cause_id,
      openedAt: t.opened_at,
      resolvedAt: t.resolved_at,
    })),
    { windowDays: getSettings(db).recurrenceWindowDays, key: getSettings(db).recurrenceKey },
  );
  expect(stored.filter((t) => t.is_recurrence === 1).map((t) => t.id)).toEqual(
    stored.filter((t) => expected.has(t.id)).map((t) => t.id),
  );
  const kept = snapshotSummaries(db);
  rebuildSummaries(db);
  expect(snapshotSummaries(db)).toEqual(kept);
}

/** The source's tickets in Upstream's CSV format, oldest first; `limit` of them. */
function exportFile(source: Db, name: string, limit = Infinity): string {
  const parts = [ticketCsvHeader()];
  let rowsLeft = limit;
  for (const chunk of exportTicketChunks(source, RANGE, {}, OLDEST, 700)) {
    parts.push(ticketCsvRows(chunk.slice(0, rowsLeft)));
    rowsLeft -= chunk.length;
    if (rowsLeft <= 0) break;
  }
  return writeFile(name, parts.join(''));
}

describe('a file as large as the database goes in as one bulk load', () => {
  let source: SeededDatabase;
  beforeAll(() => {
    source = seedTempDatabase({ tickets: 4_000 });
  });
  afterAll(() => source.close());

  test('and stores exactly what batch by batch stores', async () => {
    const file = exportFile(source.db, 'export.csv');
    const batched = openDatabase(tempDatabaseFile());
    const bulk = openDatabase(tempDatabaseFile());
    const counts = { status: 'done', inserted: 4_000, updated: 0, unchanged: 0, rejected: 0 };
    expect(await importFile(batched, file, false)).toMatchObject(counts);
    expect(await importFile(bulk, file, true)).toMatchObject(counts);

    for (const sql of [TICKETS, CONTACTS, CUSTOMERS, CAUSES]) {
      expect(rows(bulk, sql)).toEqual(rows(batched, sql));
    }
    expect(snapshotSummaries(bulk)).toEqual(snapshotSummaries(batched));
    expect(getOverview(bulk, RANGE).kpis).toEqual(getOverview(source.db, RANGE).kpis);
    const search = "SELECT COUNT(*) AS n FROM tickets_fts WHERE tickets_fts MATCH 'leak*'";
    expect(count(bulk, search)).toBe(count(batched, search));
    expect(count(bulk, search)).toBeGreaterThan(0);
    expectConsistent(bulk);
    // The live progress is gone with the transaction.
    expect(fs.readdirSync(path.join(path.dirname(bulk.$client.name), 'uploads'))).toEqual([]);
  });

  test('into stored tickets: updates them, keeps a person’s attribution, settles recurrence', async () => {
    const db = openDatabase(tempDatabaseFile());
    const first = await importFile(db, exportFile(source.db, 'first.csv', 2_000), false);
    expect(first).toMatchObject({ inserted: 2_000 });
    // A person re-attributes a stored ticket; the file still carries the old cause.
    const person = db.$client
      .prepare(
        `SELECT id, external_id AS externalId, root_cause_id AS cause FROM tickets
         WHERE root_cause_id IS NOT NULL ORDER BY id LIMIT 1`,
      )
      .get() as { id: number; externalId: string; cause: number };
    const other = db.$client
      .prepare('SELECT id, department_id AS department FROM root_causes WHERE id != ? LIMIT 1')
      .get(person.cause) as { id: number; department: number };
    updateTickets(
      db,
      [
        {
          id: person.id,
          fields: {
            rootCauseId: other.id,
            departmentId: other.department,
            classificationSource: 'human',
          },
        },
      ],
      getSettings(db),
    );
    // The whole file, with one stored ticket's subject changed in the helpdesk.
    const changed = db.$client
      .prepare('SELECT external_id AS id FROM tickets WHERE id = ?')
      .get(person.id + 1) as { id: string };
    source.db.$client
      .prepare("UPDATE tickets SET subject = 'Gearbox squeal' WHERE external_id = ?")
      .run(changed.id);
    const row = await importFile(db, exportFile(source.db, 'all.csv'), true);
    expect(row).toMatchObject({ status: 'done', inserted: 2_000, updated: 1, unchanged: 1_999 });

    const attribution = db.$client.prepare(
      'SELECT root_cause_id AS cause, classification_source AS source FROM tickets WHERE id = ?',
    );
    expect(attribution.get(person.id)).toEqual({ cause: other.id, source: 'human' });
    const search = db.$client.prepare(
      `SELECT t.external_id AS id FROM tickets_fts JOIN tickets t ON t.id = tickets_fts.rowid
       WHERE tickets_fts MATCH 'squeal'`,
    );
    expect(search.all()).toEqual([changed]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tickets')).toBe(4_000);
    expectConsistent(db);
  });
});

describe('a bulk load that is killed', () => {
  test('leaves the database as it was; the re-run stores the whole file', async () => {
    const lines = ['Id,Subject,Created at,Solved at,Via,Requester id,Organization,Category [list]'];
    const rowCount = BULK_FROM_ROWS + 10_000;
    for (let i = 1; i <= rowCount; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(`${i},Ticket ${i},2026-01-${day} 09:00,2026-01-${day} 17:00,Web,c${i % 900},Org,`);
    }
    const file = writeFile('bulk.csv', `${lines.join('\n')}\n`);
    const dbFile = tempDatabaseFile();
    let db = openDatabase(dbFile);
    const indexes = () =>
      rows(db, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name");
    const schema = indexes();
    // Alone with the file, the load switches to a rollback journal (db/bulk-load.ts).
    db.$client.close();
    const env = { ...process.env, DATABASE_PATH: dbFile };
    const cli = (...args: string[]) => ['--import', 'tsx', 'scripts/import.ts', ...args];
    const child = spawn(process.execPath, cli(file, '--preset', 'zendesk'), {
      env,
      stdio: 'ignore',
    });
    // Its progress is only in the live file until it commits; kill it well into the file.
    const live = path.join(path.dirname(dbFile), 'uploads', 'import-1.progress.json');
    const progress = () =>
      fs.existsSync(live)
        ? (JSON.parse(fs.readFileSync(live, 'utf8')) as { rowsDone: number; phase: string })
        : { rowsDone: 0, phase: 'storing' };
    await expect
      .poll(() => progress().rowsDone, { timeout: 60_000, interval: 20 })
      .toBeGreaterThan(10_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(progress().phase).toBe('storing');

    db = openDatabase(dbFile);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tickets')).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM customers')).toBe(0);
    expect(getImport(db, 1)).toMatchObject({ status: 'running', rowsDone: 0, inserted: 0 });
    // The indexes it had dropped are back with the rollback.
    expect(indexes()).toEqual(schema);

    const rerun = spawnSync(process.execPath, cli('--resume', '1', '--force'), {
      env,
      encoding: 'utf8',
    });
    expect(rerun.stdout + rerun.stderr).toContain('Import 1 done');
    expect(getImport(db, 1)).toMatchObject({
      status: 'done',
      rowsDone: rowCount,
      inserted: rowCount,
      rejected: 0,
    });
    expect(count(db, 'SELECT COUNT(*) AS n FROM tickets')).toBe(rowCount);
    expectConsistent(db);
    db.$client.close();
  }, 120_000);
});
