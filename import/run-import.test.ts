import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createImportFromFile } from './create-import';
import { runCsvImport } from './run-import';
import { openDatabase, type Db } from '@/db/open';
import { getImport, getImportRejects } from '@/db/queries/imports';
import { getSettings, saveSettings } from '@/db/queries/settings';
import { getOverview } from '@/db/queries/overview';
import { rebuildSummaries } from '@/db/queries/summaries';
import { exportTicketChunks } from '@/db/queries/ticket-export';
import {
  seedTempDatabase,
  tempDatabaseFile,
  TEST_END,
  type SeededDatabase,
} from '@/db/seed/test-support';
import { snapshotSummaries, storedRecurrenceTickets } from '@/db/test-support';
import { makeRange } from '@/lib/filters';
import type { Preset } from '@/lib/import/mapping';
import { findRecurrences } from '@/lib/recurrence';
import { ticketCsvHeader, ticketCsvRows } from '@/lib/ticket-csv';
import { isoToDay } from '@/lib/time';

const RANGE = makeRange(isoToDay(TEST_END) - 800, isoToDay(TEST_END), 'custom');
const NEWEST = { key: 'opened', direction: 'desc' } as const;

function emptyDatabase(): Db {
  return openDatabase(tempDatabaseFile());
}

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(path.dirname(tempDatabaseFile()), name);
  fs.writeFileSync(file, content);
  return file;
}

async function importFile(db: Db, file: string, preset?: Preset) {
  const id = await createImportFromFile(
    db,
    { filePath: file, fileName: path.basename(file), bytes: fs.statSync(file).size },
    { userId: null, preset },
  );
  return runCsvImport(db, id, { batchRows: 500 });
}

const count = (db: Db, sql = 'SELECT COUNT(*) AS n FROM tickets') =>
  (db.$client.prepare(sql).get() as { n: number }).n;

describe('the export, imported into an empty database, gives the same dashboard', () => {
  let source: SeededDatabase;
  let file: string;
  beforeAll(() => {
    source = seedTempDatabase({ tickets: 4_000 });
    const parts = [ticketCsvHeader()];
    for (const chunk of exportTicketChunks(source.db, RANGE, {}, NEWEST, 700)) {
      parts.push(ticketCsvRows(chunk));
    }
    file = writeFile('export.csv', parts.join(''));
  });
  afterAll(() => source.close());

  test('every figure of the overview is equal, and a second import changes nothing', async () => {
    const target = emptyDatabase();
    const first = await importFile(target, file);
    expect(first).toMatchObject({ status: 'done', inserted: 4_000, rejected: 0, error: null });
    const before = getOverview(source.db, RANGE);
    const after = getOverview(target, RANGE);
    expect(after.kpis).toEqual(before.kpis);
    expect(after.departments.map((d) => d.kpis)).toEqual(before.departments.map((d) => d.kpis));
    // Causes are made anew in the empty database: the same names, other ids.
    const pareto = (o: typeof before) =>
      o.pareto.map((p) => [p.causeName, p.departmentSlug, p.tickets, p.cumulativeShare]);
    expect(pareto(after)).toEqual(pareto(before));

    const again = await importFile(target, file);
    expect(again).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 4_000 });
    expect(count(target)).toBe(4_000);
    // The file given on the command line is the person's own: it stays.
    expect(fs.existsSync(file)).toBe(true);
  });
});

const TSX = ['--import', 'tsx'];

const ZENDESK_HEADER =
  'Id,Subject,Created at,Solved at,Via,Requester id,Organization,Category [list]';

describe('hostile files: each row imports correctly or is rejected with a reason', () => {
  let db: Db;
  beforeAll(async () => {
    db = emptyDatabase();
    // Something already stored, which no hostile file may change.
    await importFile(
      db,
      writeFile('base.csv', `${ZENDESK_HEADER}\n900,Stored,2026-01-02 10:00,,Email,c9,Keep Ltd,\n`),
      'zendesk',
    );
  });
  const stored = () =>
    db.$client.prepare("SELECT subject, resolved_at FROM tickets WHERE external_id = '900'").get();

  test.each<
    [string, string | Buffer, { inserted: number; rejected: number; check?: (db: Db) => void }]
  >([
    [
      'quoted newlines and doubled quotes',
      `${ZENDESK_HEADER}\n1,"Two\nlines, and ""quotes""",2026-01-05 09:00,,Phone,c1,Acme,\n`,
      {
        inserted: 1,
        rejected: 0,
        check: (d) =>
          expect(
            d.$client.prepare("SELECT subject FROM tickets WHERE external_id = '1'").get(),
          ).toEqual({
            subject: 'Two\nlines, and "quotes"',
          }),
      },
    ],
    [
      'a byte order mark and CRLF',
      `\uFEFF${ZENDESK_HEADER}\r\n2,BOM,2026-01-05 09:00,,Chat,c1,Acme,\r\n`,
      { inserted: 1, rejected: 0 },
    ],
    [
      'lone CR line ends',
      `${ZENDESK_HEADER}\r3,CR,2026-01-05 09:00,,Chat,c1,Acme,\r4,CR,2026-01-05 10:00,,Chat,c1,Acme,\r`,
      { inserted: 2, rejected: 0 },
    ],
    [
      'blank lines',
      `${ZENDESK_HEADER}\n\n5,Blank,2026-01-05 09:00,,Web,c1,Acme,\n\n\n`,
      { inserted: 1, rejected: 0 },
    ],
    [
      'bad and ambiguous dates',
      `${ZENDESK_HEADER}\n6,Bad,2026-02-30 10:00,,Web,c1,Acme,\n7,Ambiguous,03/04/2026,,Web,c1,Acme,\n8,Good,25/04/2026,,Web,c1,Acme,\n`,
      { inserted: 1, rejected: 2 },
    ],
    [
      'duplicate ids in one file',
      `${ZENDESK_HEADER}\n9,First,2026-01-05 09:00,,Web,c1,Acme,\n9,Second,2026-01-06 09:00,,Web,c1,Acme,\n`,
      { inserted: 1, rejected: 1 },
    ],
    [
      'a ragged row',
      `${ZENDESK_HEADER}\n10,Short,2026-01-05 09:00\n11,Fine,2026-01-05 09:00,,Web,c1,Acme,\n`,
      { inserted: 1, rejected: 1 },
    ],
    [
      'a 10 MB field',
      `${ZENDESK_HEADER}\n12,"${'x'.repeat(10_000_000)}",2026-01-05 09:00,,Web,c1,Acme,\n13,After,2026-01-05 09:00,,Web,c1,Acme,\n`,
      { inserted: 1, rejected: 1 },
    ],
    [
      'Windows-1252 text',
      Buffer.from(
        `${ZENDESK_HEADER}\n14,Caf\xe9 \x80 5,2026-01-05 09:00,,Web,c1252,M\xfcller GmbH,\n`,
        'latin1',
      ),
      {
        inserted: 1,
        rejected: 0,
        check: (d) =>
          expect(
            d.$client
              .prepare(
                "SELECT t.subject, c.name FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE external_id = '14'",
              )
              .get(),
          ).toEqual({ subject: 'Café € 5', name: 'Müller GmbH' }),
      },
    ],
    [
      'formula-injection cells are stored as text',
      `${ZENDESK_HEADER}\n15,"=HYPERLINK(""http://evil"")",2026-01-05 09:00,,Web,c1,@SUM(A1),\n`,
      {
        inserted: 1,
        rejected: 0,
        check: (d) =>
          expect(
            d.$client.prepare("SELECT subject FROM tickets WHERE external_id = '15'").get(),
          ).toEqual({
            subject: '=HYPERLINK("http://evil")',
          }),
      },
    ],
    [
      'a semicolon-delimited file',
      `${ZENDESK_HEADER.replaceAll(',', ';')}\n16;Semi;2026-01-05 09:00;;Web;c1;Acme;\n`,
      { inserted: 1, rejected: 0 },
    ],
  ])('%s', async (_, content, expected) => {
    const row = await importFile(db, writeFile('hostile.csv', content), 'zendesk');
    expect(row).toMatchObject({
      status: 'done',
      inserted: expected.inserted,
      rejected: expected.rejected,
    });
    const rejects = getImportRejects(db, row.id, 0, 100);
    expect(rejects).toHaveLength(expected.rejected);
    for (const r of rejects) {
      expect(r.rowNumber).toBeGreaterThan(0);
      expect(r.reason.length).toBeGreaterThan(10);
    }
    expected.check?.(db);
    expect(stored()).toEqual({ subject: 'Stored', resolved_at: null });
  });

  test('negative or non-numeric durations are refused with the column named', async () => {
    const header = 'Ticket ID,Subject,Created time,Source,Requester Email,Time tracked';
    const row = await importFile(
      db,
      writeFile(
        'durations.csv',
        `${header}\nD1,Minus,2026-01-05 09:00,Email,a@x.example,-00:05:00\nD2,Words,2026-01-05 09:00,Email,a@x.example,ten minutes\nD3,Fine,2026-01-05 09:00,Email,a@x.example,00:05:00\n`,
      ),
      'freshdesk',
    );
    expect(row).toMatchObject({ inserted: 1, rejected: 2 });
    expect(getImportRejects(db, row.id, 0, 10).map((r) => r.reason)).toEqual([
      'Time tracked (Handle time): "-00:05:00" is negative',
      'Time tracked (Handle time): "ten minutes" is not a duration (use H:MM:SS or a number)',
    ]);
    expect(stored()).toEqual({ subject: 'Stored', resolved_at: null });
  });

  test('a file without a column leaves that field of stored tickets alone', async () => {
    await importFile(
      db,
      writeFile(
        'full.csv',
        `${ZENDESK_HEADER}\n700,First subject,2026-01-05 09:00,2026-01-06 09:00,Chat,c7,Seven,\n`,
      ),
      'zendesk',
    );
    // The same ticket from a narrower export: no subject, no solved time.
    const row = await importFile(
      db,
      writeFile('narrow.csv', 'Id,Created at,Via,Requester id\n700,2026-01-05 09:00,Chat,c7\n'),
      'zendesk',
    );
    expect(row).toMatchObject({ inserted: 0, unchanged: 1 });
    expect(
      db.$client
        .prepare("SELECT subject, resolved_at FROM tickets WHERE external_id = '700'")
        .get(),
    ).toEqual({ subject: 'First subject', resolved_at: Date.parse('2026-01-06T09:00:00Z') });
  });

  test('the reasons name the field and what is wrong', async () => {
    const row = await importFile(
      db,
      writeFile(
        'reasons.csv',
        `${ZENDESK_HEADER}\n20,A,2026-02-30 10:00,,Web,c1,Acme,\n20,B,2026-01-05 09:00,,Web,c1,Acme,\n20,C,2026-01-05 09:00,,Web,c1,Acme,\n21,D,2026-01-05\n`,
      ),
      'zendesk',
    );
    expect(getImportRejects(db, row.id, 0, 100)).toEqual([
      {
        rowNumber: 1,
        rawLine: '20,A,2026-02-30 10:00,,Web,c1,Acme,',
        reason: 'Created at (Opened at): is not a real calendar date',
      },
      {
        rowNumber: 3,
        rawLine: '20,C,2026-01-05 09:00,,Web,c1,Acme,',
        reason: 'The ticket id "20" was already in row 2.',
      },
      {
        rowNumber: 4,
        rawLine: '21,D,2026-01-05',
        reason: 'The row has 3 fields; the header has 8.',
      },
    ]);
  });

  test('a missing required column stops the import before any row is written', async () => {
    const before = count(db);
    const file = writeFile('missing.csv', 'Id,Subject,Via,Requester id\n30,No date,Web,c1\n');
    const row = await importFile(db, file, 'zendesk');
    expect(row.status).toBe('failed');
    expect(row.error).toContain('Opened at: map a column to it');
    expect(count(db)).toBe(before);
  });
});

test('times without a zone are read in the display time zone, unless the import names one', async () => {
  const db = emptyDatabase();
  saveSettings(db, { ...getSettings(db), displayTimeZone: 'Asia/Tokyo' }, null);
  const file = writeFile('zones.csv', `${ZENDESK_HEADER}\n1,A,2026-01-05 09:00,,Web,c1,Acme,\n`);
  const opened = async (timeZone?: string) => {
    const id = await createImportFromFile(
      db,
      { filePath: file, fileName: 'zones.csv', bytes: 1 },
      { userId: null, sourceSystem: timeZone ?? 'default', timeZone },
    );
    expect(getImport(db, id)!.mapping!.timeZone).toBe(timeZone ?? 'Asia/Tokyo');
    await runCsvImport(db, id);
    return db.$client
      .prepare('SELECT opened_at AS at FROM tickets WHERE source_system = ?')
      .pluck()
      .get(timeZone ?? 'default');
  };
  expect(await opened()).toBe(Date.parse('2026-01-05T00:00:00Z'));
  expect(await opened('America/New_York')).toBe(Date.parse('2026-01-05T14:00:00Z'));
  db.$client.close();
});

test.each([
  ['batch by batch', Infinity],
  // Another process cannot save settings while a bulk load holds the write lock; the test saves
  // them on the load's own connection to show that its end decides by the settings of then.
  ['as one bulk load', 1],
])(
  'a recurrence window saved while an import runs (%s) decides what comes after it',
  async (_, bulkFromRows) => {
    const db = emptyDatabase();
    // One customer and cause: A resolved on 5 January; B, in the next batch, opened 20 days
    // later: a recurrence within the default 30 days, none within 10.
    const file = writeFile(
      'midway.csv',
      [
        'external_id,opened_at,resolved_at,customer_ref,department,root_cause',
        'A,2026-01-02T09:00:00Z,2026-01-05T09:00:00Z,c1,warehouse,Wrong item picked',
        'B,2026-01-25T09:00:00Z,,c1,warehouse,Wrong item picked',
        '',
      ].join('\n'),
    );
    const id = await createImportFromFile(
      db,
      { filePath: file, fileName: 'midway.csv', bytes: fs.statSync(file).size },
      { userId: null, preset: 'upstream' },
    );
    const narrower = { ...getSettings(db), recurrenceWindowDays: 10 };
    const done = await runCsvImport(db, id, {
      batchRows: 1,
      bulkFromRows,
      onProgress: (row) => {
        if (row.rowsDone === 1) saveSettings(db, narrower, null);
      },
    });
    expect(done).toMatchObject({ status: 'done', inserted: 2 });
    const tickets = storedRecurrenceTickets(db);
    expect(tickets.map((t) => t.flag)).toEqual([0, 0]);
    const recurrences = findRecurrences(tickets, { windowDays: 10, key: narrower.recurrenceKey });
    expect(new Set(tickets.filter((t) => t.flag === 1).map((t) => t.id))).toEqual(recurrences);
    const kept = snapshotSummaries(db);
    rebuildSummaries(db);
    expect(snapshotSummaries(db)).toEqual(kept);
  },
);

test.each([
  ['batch by batch', Infinity, 'Rows before 3 are stored', 2],
  ['as one bulk load', 1, 'nothing of it was stored', 0],
])(
  'a storage error (%s) names the rows being stored and what was kept',
  async (_, bulkFromRows, kept, storedTickets) => {
    const db = emptyDatabase();
    // SQLite names no row in its errors; a trigger stands in for a full disk at one customer.
    db.$client.exec(`CREATE TRIGGER refuse_customer BEFORE INSERT ON customers
      WHEN NEW.external_ref = 'c3' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const rows = [1, 2, 3, 4].map(
      (n) => `T${n},2026-01-0${n}T09:00:00Z,,c${n},warehouse,Wrong item picked`,
    );
    const file = writeFile(
      'storage-error.csv',
      ['external_id,opened_at,resolved_at,customer_ref,department,root_cause', ...rows, ''].join(
        '\n',
      ),
    );
    const id = await createImportFromFile(
      db,
      { filePath: file, fileName: 'storage-error.csv', bytes: fs.statSync(file).size },
      { userId: null, preset: 'upstream' },
    );
    const failed = await runCsvImport(db, id, { batchRows: 2, bulkFromRows });
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('Stopped while storing rows 3-4: disk I/O error');
    expect(failed.error).toContain(kept);
    expect(count(db)).toBe(storedTickets);
  },
);

describe('an interrupted import', () => {
  test('killed midway, the database is consistent; the re-run finishes with exact counts', async () => {
    const lines = [ZENDESK_HEADER];
    for (let i = 1; i <= 30_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(`${i},Ticket ${i},2026-01-${day} 09:00,,Web,c${i % 500},Org ${i % 500},`);
    }
    lines.splice(600, 0, '599b,Bad date,2026-13-01,,Web,c1,Org 1,');
    const file = writeFile('long.csv', `${lines.join('\n')}\n`);
    const dbFile = tempDatabaseFile();
    const db = openDatabase(dbFile);
    const env = { ...process.env, DATABASE_PATH: dbFile };
    // Node itself, not npx: a kill must reach the process that writes.
    const cli = (...args: string[]) => [...TSX, 'scripts/import.ts', ...args];
    const child = spawn(process.execPath, cli(file, '--preset', 'zendesk'), {
      env,
      stdio: 'ignore',
    });
    // Killed without warning once some batches have landed.
    const progress = () =>
      db.$client.prepare('SELECT id, rows_done AS rowsDone FROM imports').get() as
        { id: number; rowsDone: number } | undefined;
    await expect.poll(() => progress()?.rowsDone ?? 0, { timeout: 60_000 }).toBeGreaterThan(3_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const killed = getImport(db, progress()!.id)!;
    expect(killed.status).toBe('running');
    expect(killed.rowsDone).toBeLessThan(30_001);
    // What the counters say is exactly what is stored.
    expect(count(db)).toBe(killed.inserted);
    expect(killed.inserted + killed.rejected).toBe(killed.rowsDone);

    // --force: the test knows the first run is dead and need not wait for its heartbeat to age.
    const rerun = spawnSync(process.execPath, cli('--resume', String(killed.id), '--force'), {
      env,
      encoding: 'utf8',
    });
    expect(rerun.stdout + rerun.stderr).toContain(`Import ${killed.id} done`);
    expect(rerun.status).toBe(0);
    expect(getImport(db, killed.id)).toMatchObject({
      status: 'done',
      rowsDone: 30_001,
      inserted: 30_000,
      rejected: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(count(db)).toBe(30_000);
    db.$client.close();
  }, 120_000);

  test('a run refuses an import another live run holds', async () => {
    const db = emptyDatabase();
    const file = writeFile('tiny.csv', `${ZENDESK_HEADER}\n1,A,2026-01-05 09:00,,Web,c1,Acme,\n`);
    const id = await createImportFromFile(
      db,
      { filePath: file, fileName: 'tiny.csv', bytes: 1 },
      { userId: null },
    );
    db.$client
      .prepare("UPDATE imports SET status = 'running', heartbeat_at = ? WHERE id = ?")
      .run(Date.now(), id);
    await expect(runCsvImport(db, id)).rejects.toThrow('running in another process');
  });
});
