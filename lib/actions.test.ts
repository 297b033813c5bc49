import { expect, test } from 'vitest';
import { isOpenAction, isOverdue } from './actions';

const NOW = Date.UTC(2026, 5, 1);

test.each([
  ['open', true],
  ['in_progress', true],
  ['done', false],
  ['verified', false],
  ['abandoned', false],
] as const)('%s is open: %s', (status, open) => {
  expect(isOpenAction(status)).toBe(open);
});

test.each([
  ['open', NOW - 1, true],
  ['in_progress', NOW - 86_400_000, true],
  ['open', NOW + 1, false],
  ['open', null, false],
  ['done', NOW - 86_400_000, false],
  ['abandoned', NOW - 86_400_000, false],
] as const)('%s due at %s is overdue: %s', (status, dueAt, overdue) => {
  expect(isOverdue({ status, dueAt }, NOW)).toBe(overdue);
});
