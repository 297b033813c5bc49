import { describe, expect, test } from 'vitest';
import { detectDelimiter, detectEncoding } from './detect';

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
