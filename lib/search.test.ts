import { describe, expect, test } from 'vitest';
import { MAX_SEARCH_WORDS, toFtsQuery } from './search';

describe('search box text as an FTS5 query', () => {
  test.each([
    ['bent flange', '"bent" "flange"'],
    ['  Wrong   item ', '"Wrong" "item"'],
    ['part-number PN-4471', '"part" "number" "PN" "4471"'],
    ['transpos* part', '"transpos"* "part"'],
    ['PN-44*', '"PN" "44"*'],
    ['"unbalanced quote', '"unbalanced" "quote"'],
    ['NEAR(a b) OR c', '"NEAR" "a" "b" "OR" "c"'],
    ['subject:leak', '"subject" "leak"'],
    ['Größe café', '"Größe" "café"'],
  ])('%j → %s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });
  test.each(['', '   ', '*** --- ()', '*'])('%j has no words: no query', (input) => {
    expect(toFtsQuery(input)).toBeNull();
  });
  test(`at most ${MAX_SEARCH_WORDS} words`, () => {
    const query = toFtsQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))!;
    expect(query.split(' ')).toHaveLength(MAX_SEARCH_WORDS);
  });
});
