/**
 * The import's speed: the bench database's tickets exported in Upstream's CSV format, then
 * imported into an empty database by `npm run import` in a process of its own, which reports
 * its rows/s and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db/open';
import { exportTicketChunks } from '@/db/queries/ticket-export';
import type { DateRange } from '@/lib/filters';
import { ticketCsvHeader, ticketCsvRows } from '@/lib/ticket-csv';

export function importTimings(db: Db, range: DateRange, rows: number, dir: string): void {
  const csv = path.join(dir, 'import-bench.csv');
  const fd = fs.openSync(csv, 'w');
  let written = 0;
  const started = performance.now();
  try {
    fs.writeSync(fd, ticketCsvHeader());
    for (const chunk of exportTicketChunks(
      db,
      range,
      {},
      { key: 'opened', direction: 'asc' },
      5_000,
    )) {
      const part = chunk.slice(0, rows - written);
      fs.writeSync(fd, ticketCsvRows(part));
      written += part.length;
      if (written >= rows) break;
    }
  } finally {
    fs.closeSync(fd);
  }
  const exportSeconds = (performance.now() - started) / 1000;
  const megabytes = fs.statSync(csv).size / 1024 ** 2;
  console.log(
    `\nImport: ${written.toLocaleString('en-US')} rows exported to CSV (${megabytes.toFixed(0)} MB) in ${exportSeconds.toFixed(1)} s (${Math.round(written / exportSeconds).toLocaleString('en-US')} rows/s), then imported into an empty database:`,
  );
  const target = path.join(dir, 'import-bench.db');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', csv], {
    env: { ...process.env, DATABASE_PATH: target },
    encoding: 'utf8',
  });
  const summary = run.stdout.split('\n').filter((l) => /^(Import|  (inserted|peak))/.test(l));
  console.log(summary.map((l) => `  ${l.trim()}`).join('\n') || run.stderr);
  for (const file of [csv, target, `${target}-wal`, `${target}-shm`])
    fs.rmSync(file, { force: true });
}
