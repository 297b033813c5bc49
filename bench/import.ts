/**
 * The import's speed: the bench database's tickets written as CSV, then imported into an empty
 * database by `npm run import` in a process of its own, which reports its rows/s and peak RSS.
 * Twice: in Upstream's own export format (22 columns with the contacts as JSON: the round trip)
 * and as a Zendesk ticket export (12 columns, the kind of file a first load usually is).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db/open';
import { exportTicketChunks } from '@/db/queries/ticket-export';
import type { DateRange } from '@/lib/filters';
import { csvLines } from '@/lib/csv';
import { ticketCsvHeader, ticketCsvRows } from '@/lib/ticket-csv';

/** A CSV file: its header, then each chunk (CSV text, or rows for csvLines to quote). */
function writeCsv(file: string, header: string, chunks: Iterable<string[][] | string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, header);
    for (const chunk of chunks) {
      const text = typeof chunk === 'string' ? chunk : csvLines(chunk);
      fs.writeSync(fd, text);
    }
    // On disk before the import starts, so that it is not timed writing the file back.
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function* upstreamChunks(db: Db, range: DateRange, rows: number): Generator<string> {
  let written = 0;
  for (const chunk of exportTicketChunks(
    db,
    range,
    {},
    { key: 'opened', direction: 'asc' },
    5_000,
  )) {
    const part = chunk.slice(0, rows - written);
    yield ticketCsvRows(part);
    written += part.length;
    if (written >= rows) return;
  }
}

const ZENDESK_HEADER =
  'Id,Subject,Created at,Solved at,Via,Requester id,Organization,Tags,Replies,Reopens,Full resolution time in minutes,Category [list]\r\n';

/** The same tickets as Zendesk would export them: its column names, its "Via" words. */
function* zendeskChunks(db: Db, rows: number): Generator<string[][]> {
  const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
  const via: Record<string, string> = {
    phone: 'Phone call (incoming)',
    email: 'Email',
    chat: 'Chat',
    web: 'Web form',
    field: 'Field visit',
  };
  const select = db.$client.prepare(
    `SELECT t.id, t.subject, t.opened_at, t.resolved_at, t.channel, c.external_ref, c.name,
            t.contact_count, rc.name AS cause
     FROM tickets t JOIN customers c ON c.id = t.customer_id
     LEFT JOIN root_causes rc ON rc.id = t.root_cause_id
     ORDER BY t.opened_at, t.id LIMIT ?`,
  );
  let chunk: string[][] = [];
  for (const t of select.iterate(rows) as IterableIterator<{
    id: number;
    subject: string;
    opened_at: number;
    resolved_at: number | null;
    channel: string;
    external_ref: string | null;
    name: string;
    contact_count: number;
    cause: string | null;
  }>) {
    chunk.push([
      String(t.id),
      t.subject,
      iso(t.opened_at),
      iso(t.resolved_at),
      via[t.channel],
      t.external_ref ?? '',
      t.name,
      t.cause ? t.cause.toLowerCase().replaceAll(' ', '_') : '',
      String(t.contact_count),
      '0',
      t.resolved_at === null ? '' : String(Math.round((t.resolved_at - t.opened_at) / 60_000)),
      t.cause ?? '',
    ]);
    if (chunk.length === 5_000) {
      yield chunk;
      chunk = [];
    }
  }
  yield chunk;
}

function timeImport(label: string, csv: string, preset: string, dir: string): void {
  const megabytes = fs.statSync(csv).size / 1024 ** 2;
  const target = path.join(dir, 'import-bench.db');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', csv, '--preset', preset],
    { env: { ...process.env, DATABASE_PATH: target }, encoding: 'utf8' },
  );
  const summary = run.stdout.split('\n').filter((l) => /^(Import|  (inserted|peak))/.test(l));
  console.log(`  ${label} (${megabytes.toFixed(0)} MB):`);
  console.log(summary.map((l) => `    ${l.trim()}`).join('\n') || run.stderr);
  for (const file of [csv, target, `${target}-wal`, `${target}-shm`]) {
    fs.rmSync(file, { force: true });
  }
}

export function importTimings(db: Db, range: DateRange, rows: number, dir: string): void {
  console.log(`\nImport of up to ${rows.toLocaleString('en-US')} tickets into an empty database:`);
  const started = performance.now();
  const upstream = path.join(dir, 'import-bench.csv');
  writeCsv(upstream, ticketCsvHeader(), upstreamChunks(db, range, rows));
  const exportSeconds = (performance.now() - started) / 1000;
  console.log(
    `  (the explorer's CSV export wrote them in ${exportSeconds.toFixed(1)} s: ${Math.round(rows / exportSeconds).toLocaleString('en-US')} rows/s)`,
  );
  timeImport("Upstream's export format", upstream, 'upstream', dir);
  const zendesk = path.join(dir, 'import-bench-zendesk.csv');
  writeCsv(zendesk, ZENDESK_HEADER, zendeskChunks(db, rows));
  timeImport('a Zendesk ticket export', zendesk, 'zendesk', dir);
}
