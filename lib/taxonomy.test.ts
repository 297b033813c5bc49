import { expect, test } from 'vitest';
import { liveCauses, type CauseRecord } from './taxonomy';

const cause = (id: number, departmentId: number, extra: Partial<CauseRecord> = {}) => ({
  id,
  departmentId,
  name: `cause ${id}`,
  retired: false,
  mergedIntoId: null,
  ...extra,
});

test.each<[string, CauseRecord[], { id: number; departmentId: number; retired: boolean }]>([
  ['a cause in use stands for itself', [cause(1, 3)], { id: 1, departmentId: 3, retired: false }],
  [
    'a retired cause is refused',
    [cause(1, 3, { retired: true })],
    { id: 1, departmentId: 3, retired: true },
  ],
  [
    'a merged cause stands for the one it went into, in that one’s department',
    [cause(1, 3, { retired: true, mergedIntoId: 2 }), cause(2, 4)],
    { id: 2, departmentId: 4, retired: false },
  ],
  [
    'through a chain of merges',
    [
      cause(1, 3, { retired: true, mergedIntoId: 2 }),
      cause(2, 4, { retired: true, mergedIntoId: 5 }),
      cause(5, 1),
    ],
    { id: 5, departmentId: 1, retired: false },
  ],
  [
    'merged into a cause retired since: refused',
    [cause(1, 3, { retired: true, mergedIntoId: 2 }), cause(2, 4, { retired: true })],
    { id: 2, departmentId: 4, retired: true },
  ],
  [
    'a merge that leads nowhere, or round in a circle: refused',
    [cause(1, 3, { mergedIntoId: 2 }), cause(2, 4, { mergedIntoId: 1 })],
    { id: 1, departmentId: 3, retired: true },
  ],
])('%s', (_, causes, expected) => {
  expect(liveCauses(causes).get(1)).toEqual({ ...expected, name: 'cause 1' });
});
