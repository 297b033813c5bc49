import { expect, test } from 'vitest';
import { safeNextPath } from './next-path';

test.each([
  ['/departments/warehouse?range=4w', '/departments/warehouse?range=4w'],
  ['https://evil.example/', '/'],
  ['//evil.example/', '/'],
  ['/\\evil.example', '/'],
  [null, '/'],
  ['', '/'],
])('next=%j goes to %j', (next, expected) => {
  expect(safeNextPath(next)).toBe(expected);
});
