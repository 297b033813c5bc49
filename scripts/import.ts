/**
 * `npm run import -- FILE [--preset zendesk|freshdesk|upstream|generic] [--source NAME]
 *   [--date-order auto|dmy|mdy] [--time-zone ZONE]`: imports a CSV file with a preset's column
 *   mapping; times written without a zone are in ZONE (default: the display time zone).
 * `npm run import -- --resume ID [--force]`: runs (or resumes) an import set up in the web wizard;
 * the web app starts its imports this way, in a process of their own. A run that was killed is
 * taken over once its heartbeat is 30 s old, or at once with --force.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '@/db/open';
import type { ImportRow } from '@/db/queries/imports';
import { CsvShapeError } from '@/import/analyze';
import { createImportFromFile } from '@/import/create-import';
import { ImportNotRunnable, runCsvImport } from '@/import/run-import';
import { databasePath } from '@/lib/env';
import { dateOrderSchema, PRESETS, timeZoneSchema } from '@/lib/import/mapping';

const USAGE = `Usage: npm run import -- FILE [--preset ${PRESETS.join('|')}] [--source NAME] [--date-order auto|dmy|mdy] [--time-zone ZONE]
       npm run import -- --resume ID [--force]   (--force: take over an import that looks alive)`;

const argsSchema = z.object({
  resume: z.coerce.number().int().positive().optional(),
  force: z.boolean().default(false),
  preset: z.enum(PRESETS).optional(),
  source: z.string().trim().min(1).max(40).optional(),
  'date-order': dateOrderSchema.optional(),
  'time-zone': timeZoneSchema.optional(),
});

function summary(row: ImportRow, seconds: number): string {
  const rate = seconds > 0 ? Math.round(row.rowsDone / seconds) : 0;
  return [
    `Import ${row.id} ${row.status}: ${row.rowsDone.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s (${rate.toLocaleString('en-US')} rows/s)`,
    `  inserted ${row.inserted}, updated ${row.updated}, unchanged ${row.unchanged}, rejected ${row.rejected}`,
    // maxRSS is in kilobytes: the most memory the process held at any moment.
    `  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    ...(row.error ? [`  error: ${row.error}`] : []),
  ].join('\n');
}

async function main(): Promise<number> {
  let args;
  let file: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      options: {
        resume: { type: 'string' },
        force: { type: 'boolean' },
        preset: { type: 'string' },
        source: { type: 'string' },
        'date-order': { type: 'string' },
        'time-zone': { type: 'string' },
      },
      allowPositionals: true,
    });
    args = argsSchema.parse(values);
    file = positionals[0];
    if ((file === undefined) === (args.resume === undefined))
      throw new Error('Give a FILE or --resume ID.');
  } catch (error) {
    console.error(
      `Error: ${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}\n\n${USAGE}`,
    );
    return 2;
  }
  const db = openDatabase(databasePath(), { mapped: false });
  try {
    let id = args.resume;
    if (file !== undefined) {
      if (!fs.existsSync(file)) {
        console.error(`Error: no file ${file}`);
        return 2;
      }
      id = await createImportFromFile(
        db,
        {
          filePath: path.resolve(file),
          fileName: path.basename(file),
          bytes: fs.statSync(file).size,
        },
        {
          userId: null,
          preset: args.preset,
          sourceSystem: args.source,
          dateOrder: args['date-order'],
          timeZone: args['time-zone'],
        },
      );
      console.log(`Import ${id}: ${file}`);
    }
    const started = performance.now();
    const row = await runCsvImport(db, id!, {
      staleAfterMs: args.force ? 0 : undefined,
      onProgress: (r) =>
        console.log(
          `  ${r.rowsDone.toLocaleString('en-US')} rows (${Math.round((100 * r.bytesDone) / Math.max(1, r.fileBytes))} %)`,
        ),
    });
    console.log(summary(row, (performance.now() - started) / 1000));
    return row.status === 'done' ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ImportNotRunnable || error instanceof CsvShapeError)) throw error;
    console.error(`Error: ${error.message}`);
    return 1;
  } finally {
    db.$client.close();
  }
}

main().then((code) => {
  process.exitCode = code;
});
