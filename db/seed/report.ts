/** Runs a seed on an open database and prints what it wrote and how fast. */
import type { Db } from '@/db/open';
import { dayToIso } from '@/lib/time';
import { seedDatabase, type SeedOptions, type SeedReport } from './seed';

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function formatSeedReport(report: SeedReport): string {
  const { stats, counts } = report;
  const width = Math.max(...Object.keys(counts).map((t) => t.length));
  const lines = [
    `Data from ${dayToIso(report.span.startDay)} to ${dayToIso(report.span.endDay - 1)} ` +
      `(snapshot at ${dayToIso(report.span.endDay)} 00:00 UTC).`,
    'Rows per table:',
    ...Object.entries(counts).map(([table, count]) => `  ${table.padEnd(width)}  ${n(count)}`),
    `Tickets: ${pct(stats.classified, stats.tickets)} classified, ` +
      `${pct(stats.recurrences, stats.classified)} of classified are recurrences, ` +
      `${n(stats.open)} open, ${n(stats.repeatTickets)} repeat problems.`,
    `Load (generate + insert + summaries + indexes): ${seconds(report.loadMs)} ` +
      `(indexes ${seconds(report.indexMs)}): ` +
      `${n(stats.tickets / (report.loadMs / 1000))} tickets/s, ` +
      `${n(report.rowsWritten / (report.loadMs / 1000))} rows/s (${n(report.rowsWritten)} rows).`,
    `Search index and commit ${seconds(report.sideTablesMs)}. ` +
      `Total ${seconds(report.totalMs)}: ${n(stats.tickets / (report.totalMs / 1000))} tickets/s.`,
  ];
  return lines.join('\n');
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** Seeds and prints a header and the report (throws SeedRefusedError like seedDatabase). */
export function seedAndReport(db: Db, path: string, options: SeedOptions): SeedReport {
  console.log(
    `Seeding ${n(options.tickets)} demo tickets (seed ${options.seed}, ending ${options.end}) ` +
      `into ${path}${options.reset ? ', replacing its data' : ''}...`,
  );
  const report = seedDatabase(db, options, (line) => console.log(line));
  console.log(formatSeedReport(report));
  return report;
}
