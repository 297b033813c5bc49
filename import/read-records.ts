/**
 * The records of a CSV file, streamed: bytes decoded in their encoding, parsed by Papa Parse
 * (quoted fields, doubled quotes, line breaks inside quotes; CRLF, LF or lone CR line ends),
 * each with its row number (0 is the header) and its raw text. A record the parser cannot read
 * comes out as an error in its place instead of ending the file.
 *
 * The file is read a megabyte at a time; each piece is parsed as far as its last complete
 * record, and the rest waits for the next piece. Papa Parse's own streaming hands over neither
 * the text of a record nor a way to wait for the consumer, which an import needs for rejected
 * rows and for memory that stays flat.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { detectLineEnding, type LineEnding, type TextEncoding } from '@/lib/import/detect';

export type CsvRecord =
  | { rowNumber: number; fields: string[]; raw: string }
  | { rowNumber: number; error: string; raw: string };

/** A record longer than this is a broken file (a quote never closed), not a ticket. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;
const CHUNK_BYTES = 1 << 16;

export interface RecordStream {
  /** The records, as many as each piece of the file completes: for reading the whole file. */
  pieces: AsyncIterable<CsvRecord[]>;
  /** The same records one by one, for reading a few: iterate one of the two, not both. */
  records: AsyncIterable<CsvRecord>;
  /** Bytes of the file read so far (the parser reads a little ahead of the records). */
  bytesRead: () => number;
}

export function readRecords(
  filePath: string,
  file: { encoding: TextEncoding; delimiter: string },
): RecordStream {
  let bytes = 0;
  // An await per record costs as much as parsing it: records travel in arrays.
  async function* pieces(): AsyncGenerator<CsvRecord[]> {
    // The default decoder drops a UTF-8 byte order mark and maps invalid bytes to U+FFFD.
    const decoder = new TextDecoder(file.encoding);
    const reader = new RecordReader(file.delimiter);
    const stream = fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
    try {
      for await (const chunk of stream) {
        bytes += (chunk as Buffer).length;
        yield reader.add(decoder.decode(chunk as Buffer, { stream: true }), false);
      }
      yield reader.add(decoder.decode(), true);
    } finally {
      // A reader that stops early (a sample, a failed run) must not leave the file open.
      stream.destroy();
    }
  }
  const piecesOfFile = pieces();
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const piece of piecesOfFile) yield* piece;
  }
  return { pieces: piecesOfFile, records: records(), bytesRead: () => bytes };
}

/** Text in, the complete records in it out; what follows the last of them waits for more. */
export class RecordReader {
  private pending = '';
  private rowNumber = -1;
  private parser: Papa.Parser | null = null;
  private out: CsvRecord[] = [];
  /** Where the record being parsed starts in the text given to the parser. */
  private recordStart = 0;
  private text = '';

  constructor(private readonly delimiter: string) {}

  add(text: string, final: boolean): CsvRecord[] {
    this.text = this.pending + text;
    if (!this.parser) {
      const newline = detectLineEnding(this.text, final);
      if (newline === null) {
        this.pending = this.text;
        this.checkLength();
        return [];
      }
      this.parser = this.parserFor(newline);
    }
    this.recordStart = 0;
    const result = this.parser.parse(this.text, 0, !final) as Papa.ParseResult<string[]>;
    this.pending = final ? '' : this.text.slice(result.meta.cursor);
    this.checkLength();
    const out = this.out;
    this.out = [];
    return out;
  }

  /**
   * Records end at LF, CRLF included: a file whose lines end both ways (a header saved on
   * Windows, rows written elsewhere) is still read line by line, and the CR of CRLF is dropped
   * from the record. Papa Parse takes one line ending for a whole file, so only a file whose
   * first line ends in a lone CR is split at CR.
   */
  private parserFor(ending: LineEnding): Papa.Parser {
    const newline = ending === '\r' ? '\r' : '\n';
    return new Papa.Parser({
      delimiter: this.delimiter,
      // Papa Parse's types leave out CR alone, which its parser takes.
      newline: newline as Papa.ParseConfig['newline'],
      quoteChar: '"',
      escapeChar: '"',
      step: (result: Papa.ParseStepResult<string[]>) => this.record(result),
    });
  }

  private record(result: Papa.ParseStepResult<string[]>): void {
    const end = result.meta.cursor;
    let raw = this.text.slice(this.recordStart, end);
    this.recordStart = end;
    if (raw.endsWith('\n')) raw = raw.slice(0, -1);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    // Blank lines are skipped, and not counted as rows.
    if (raw === '') return;
    // Papa Parse's parser, unlike its streaming front, hands a step the rows it made: one.
    const [fields] = result.data as unknown as string[][];
    // The CR of a CRLF after an unquoted last field (after a quoted one, Papa Parse drops it).
    const last = fields.length - 1;
    if (fields[last].endsWith('\r')) fields[last] = fields[last].slice(0, -1);
    const [error] = result.errors;
    this.out.push(
      error
        ? { rowNumber: ++this.rowNumber, error: error.message, raw }
        : { rowNumber: ++this.rowNumber, fields, raw },
    );
  }

  private checkLength(): void {
    if (this.pending.length > MAX_RECORD_CHARS) {
      throw new Error(
        `Row ${this.rowNumber + 1} goes on for more than ${MAX_RECORD_CHARS / 1024 ** 2} MB: a quote that opens a field is never closed.`,
      );
    }
  }
}
