import { describe, expect, test } from 'vitest';
import { MAX_RECORD_CHARS, RecordReader, type CsvRecord } from './read-records';

/** The records of `text` given to a reader in pieces cut at `cuts`. */
function read(text: string, cuts: number[] = []): CsvRecord[] {
  const reader = new RecordReader(',');
  const records: CsvRecord[] = [];
  let from = 0;
  for (const cut of cuts) {
    records.push(...reader.add(text.slice(from, cut), false));
    from = cut;
  }
  records.push(...reader.add(text.slice(from), true));
  return records;
}

const FILE = 'id,subject\r\n1,"Two\r\nlines, ""quoted"""\r\n\r\n2,plain\r\n3,"a,b"';

describe('RecordReader', () => {
  test('numbers the records, keeps their raw text and skips blank lines', () => {
    expect(read(FILE)).toEqual([
      { rowNumber: 0, fields: ['id', 'subject'], raw: 'id,subject' },
      {
        rowNumber: 1,
        fields: ['1', 'Two\r\nlines, "quoted"'],
        raw: '1,"Two\r\nlines, ""quoted"""',
      },
      { rowNumber: 2, fields: ['2', 'plain'], raw: '2,plain' },
      { rowNumber: 3, fields: ['3', 'a,b'], raw: '3,"a,b"' },
    ]);
  });

  test('gives the same records wherever the text is cut into pieces', () => {
    const whole = read(FILE);
    for (let cut = 1; cut < FILE.length; cut++) {
      expect(read(FILE, [cut]), `cut at ${cut}`).toEqual(whole);
    }
    expect(read(FILE, [3, 9, 11, 12, 20, 30, 31])).toEqual(whole);
  });

  test('reads lone CR and LF line ends', () => {
    for (const newline of ['\r', '\n']) {
      expect(read(`a,b${newline}1,2${newline}`).map((r) => 'fields' in r && r.fields)).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
    }
  });

  test('reads a file whose lines end both in CRLF and in LF', () => {
    const records = read('a,b\r\n1,"x"\r\n2,y\n3,"multi\r\nline"\n');
    expect(records.map((r) => 'fields' in r && r.fields)).toEqual([
      ['a', 'b'],
      ['1', 'x'],
      ['2', 'y'],
      ['3', 'multi\r\nline'],
    ]);
    expect(records.map((r) => r.raw)).toEqual(['a,b', '1,"x"', '2,y', '3,"multi\r\nline"']);
  });

  test('a quote never closed is an error record with its text', () => {
    const [, broken] = read('a,b\n1,"open\n2,x');
    expect(broken).toMatchObject({ rowNumber: 1, raw: '1,"open\n2,x' });
    expect('error' in broken && broken.error).toMatch(/quote/i);
  });

  test('refuses a record longer than the limit instead of holding the file in memory', () => {
    const reader = new RecordReader(',');
    reader.add('a,b\n1,"', false);
    const piece = 'x'.repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i <= MAX_RECORD_CHARS / piece.length; i++) reader.add(piece, false);
    }).toThrow(/Row 1 goes on for more than 32 MB/);
  });
});
