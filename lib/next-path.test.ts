import { expect, test } from 'vitest';
import { safeNextPath } from './next-path';

test.each([
  ['/departments/warehouse?range=4w', '/departments/warehouse?range=4w'],
  ['/tickets?q=50%25%20off#top', '/tickets?q=50%25%20off#top'],
  ['https://evil.example/', '/'],
  ['//evil.example/', '/'],
  ['/\\evil.example', '/'],
  // A browser's URL parser drops tabs and newlines, so each of these becomes //evil.example.
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['/\r/evil.example', '/'],
  ['/\t\\evil.example', '/'],
  // Other control characters have no place in a path either.
  ['/\u0000/evil.example', '/'],
  ['/\u001f/evil.example', '/'],
  ['/\u007f/evil.example', '/'],
  ['/\u0085/evil.example', '/'],
  ['/tickets\t', '/'],
  [null, '/'],
  [42, '/'],
  ['', '/'],
  ['tickets', '/'],
])('next=%j goes to %j', (next, expected) => {
  expect(safeNextPath(next)).toBe(expected);
});
