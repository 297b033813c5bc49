import { describe, expect, test } from 'vitest';
import { detectDelimiter, detectEncoding, detectLineEnding } from './detect';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('encoding', () => {
  test('plain ASCII and UTF-8 are UTF-8', () => {
    expect(detectEncoding(utf8('Id,Subject\n1,Größe'), true)).toBe('utf-8');
  });
  test('a byte order mark means UTF-8', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x41), true)).toBe('utf-8');
  });
  test('Windows-1252 bytes (é = 0xE9, € = 0x80) are not UTF-8', () => {
    expect(detectEncoding(bytes(0x63, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x0a), true)).toBe(
      'windows-1252',
    );
  });
  test('a UTF-8 character cut at the end of a sample is not held against it', () => {
    const text = utf8('Größe');
    expect(detectEncoding(text.subarray(0, text.length - 1), false)).toBe('utf-8');
  });
});

describe('delimiter', () => {
  test.each([
    ['Id,Subject,Created at\n1,a,b', ','],
    ['Id;Subject;Created at\n1;a;b', ';'],
    ['Id\tSubject\tCreated at', '\t'],
    ['"Id,x";"Subject,y";"Created"\r\n', ';'],
    ['"a,b,c";d;e', ';'],
    ['Id', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('line ending', () => {
  test.each([
    ['LF', 'a,b\n1,2\n', true, '\n'],
    ['CRLF', 'a,b\r\n1,2\r\n', true, '\r\n'],
    ['lone CR', 'a,b\r1,2\r', true, '\r'],
    ['a line break inside quotes is not the line ending', '"a\r\nb",c\n1,2', true, '\n'],
    ['a single line', 'a,b', true, '\n'],
    ['a CR at the end of a partial text may be half of CRLF', 'a,b\r', false, null],
    ['the same CR at the end of the file', 'a,b\r', true, '\r'],
    ['no line break yet', 'a,"b\n', false, null],
  ])('%s', (_, text, complete, expected) => {
    expect(detectLineEnding(text, complete)).toBe(expected);
  });
});
