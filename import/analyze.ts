/** A first look at an uploaded CSV: its encoding, delimiter, header and first rows. */
import fs from 'node:fs/promises';
import {
  detectDelimiter,
  detectEncoding,
  type Delimiter,
  type TextEncoding,
} from '@/lib/import/detect';
import { readRecords } from './read-records';

const SAMPLE_BYTES = 64 * 1024;

export interface CsvSample {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  /** The first data rows, as read. */
  rows: string[][];
}

export class CsvShapeError extends Error {}

export async function analyzeCsv(filePath: string, sampleRows = 20): Promise<CsvSample> {
  const handle = await fs.open(filePath);
  let sample: Buffer;
  let complete: boolean;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    sample = buffer.subarray(0, bytesRead);
    complete = bytesRead < SAMPLE_BYTES;
  } finally {
    await handle.close();
  }
  if (sample.length === 0) throw new CsvShapeError('The file is empty.');
  const encoding = detectEncoding(sample, complete);
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(sample));

  const rows: string[][] = [];
  let headers: string[] | null = null;
  const { records } = readRecords(filePath, { encoding, delimiter });
  for await (const record of records) {
    if (!('fields' in record)) {
      if (headers === null)
        throw new CsvShapeError(`The header row cannot be read: ${record.error}`);
      continue;
    }
    if (headers === null) headers = record.fields.map((h) => h.trim());
    else rows.push(record.fields);
    if (rows.length >= sampleRows) break;
  }
  if (headers === null || headers.every((h) => h === '')) {
    throw new CsvShapeError('The file has no header row: its first line must name the columns.');
  }
  const duplicate = headers.find((h, i) => h !== '' && headers!.indexOf(h) !== i);
  if (duplicate) throw new CsvShapeError(`The header row names the column "${duplicate}" twice.`);
  return { encoding, delimiter, headers, rows };
}
