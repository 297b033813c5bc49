/**
 * The records of a CSV file, streamed: bytes decoded in their encoding, parsed by csv-parse
 * (quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or lone CR), each with its
 * row number (0 is the header) and its raw text. A record the parser cannot read comes out as
 * an error in its place instead of ending the file.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import type { TextEncoding } from '@/lib/import/detect';

export type CsvRecord =
  | { rowNumber: number; fields: string[]; raw: string }
  | { rowNumber: number; error: string; raw: string };

/** A record longer than this is a broken file, not a ticket: the parse stops there. */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;

export interface RecordStream {
  records: AsyncIterable<CsvRecord>;
  /** Bytes of the file read so far (the parser reads a little ahead of the records). */
  bytesRead: () => number;
}

export function readRecords(
  filePath: string,
  file: { encoding: TextEncoding; delimiter: string },
): RecordStream {
  let bytes = 0;
  async function* decoded() {
    // The default decoder drops a UTF-8 byte order mark and maps invalid bytes to U+FFFD.
    const decoder = new TextDecoder(file.encoding);
    for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 })) {
      bytes += (chunk as Buffer).length;
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  // Numbered as the parser meets them, so records and errors keep their order in the file.
  let rowNumber = -1;
  const skipped: CsvRecord[] = [];
  const parserOptions: Options<CsvRecord, { record: string[] }> = {
    delimiter: file.delimiter,
    relax_column_count: true,
    // A stray quote inside an unquoted field ("5" pipe") is kept as text.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    raw: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      skipped.push({
        rowNumber: ++rowNumber,
        error: error?.message ?? 'unreadable',
        raw: raw ?? '',
      });
      return undefined;
    },
    // With `raw`, the parser hands over { record, raw }.
    on_record: (value, context): CsvRecord => ({
      rowNumber: ++rowNumber,
      fields: value.record,
      raw: (context.raw ?? '').replace(/\r?\n$|\r$/, ''),
    }),
  };
  // csv-parse's typings tie a typed on_record to the `columns` option; ours returns records as is.
  const source = Readable.from(decoded());
  const parser = source.pipe(parse(parserOptions as unknown as Options));

  async function* records(): AsyncGenerator<CsvRecord> {
    try {
      for await (const record of parser as AsyncIterable<CsvRecord>) {
        while (skipped.length > 0 && skipped[0].rowNumber < record.rowNumber) {
          yield skipped.shift()!;
        }
        yield record;
      }
      yield* skipped.splice(0);
    } finally {
      // A reader that stops early (a sample, a failed run) must not leave the file open.
      source.destroy();
    }
  }
  return { records: records(), bytesRead: () => bytes };
}
