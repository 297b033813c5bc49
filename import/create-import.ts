/** A new CSV import from a stored file: analysed, and mapped by its (detected) preset. */
import type { Db } from '@/db/open';
import { createCsvImport } from '@/db/queries/imports';
import { getSettings } from '@/db/queries/settings';
import {
  DEFAULT_SOURCE_SYSTEM,
  detectPreset,
  importMappingSchema,
  presetColumns,
  type ImportMapping,
  type Preset,
} from '@/lib/import/mapping';
import { analyzeCsv } from './analyze';

export async function createImportFromFile(
  db: Db,
  file: { filePath: string; fileName: string; bytes: number },
  options: {
    userId: string | null;
    preset?: Preset;
    sourceSystem?: string;
    dateOrder?: ImportMapping['dateOrder'];
    /** Default: the display time zone, most likely the helpdesk account's too. */
    timeZone?: string;
  },
): Promise<number> {
  const sample = await analyzeCsv(file.filePath, 1);
  const preset = options.preset ?? detectPreset(sample.headers);
  const mapping = importMappingSchema.parse({
    preset,
    sourceSystem: options.sourceSystem ?? DEFAULT_SOURCE_SYSTEM[preset],
    columns: presetColumns(preset, sample.headers),
    dateOrder: options.dateOrder,
    timeZone: options.timeZone ?? getSettings(db).displayTimeZone,
  });
  return createCsvImport(db, {
    fileName: file.fileName,
    filePath: file.filePath,
    fileBytes: file.bytes,
    encoding: sample.encoding,
    delimiter: sample.delimiter,
    headers: sample.headers,
    sourceSystem: mapping.sourceSystem,
    mapping,
    userId: options.userId,
    now: Date.now(),
  });
}
