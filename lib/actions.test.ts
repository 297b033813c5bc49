import { describe, expect, test } from 'vitest';
import { isOpenAction, isOverdue, valueAt } from './actions';

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

const NOON = 12 * 3_600_000;

test.each([
  ['open', NOW - 1, true],
  ['in_progress', NOW - 86_400_000, true],
  ['open', NOW + 1, false],
  // Due today (stored at noon, as the form does): not overdue before the day is over.
  ['open', NOW + NOON, false],
  ['open', NOW - 86_400_000 + NOON, true],
  ['open', null, false],
  ['done', NOW - 86_400_000, false],
  ['abandoned', NOW - 86_400_000, false],
] as const)('%s due at %s is overdue: %s', (status, dueAt, overdue) => {
  expect(isOverdue({ status, dueAt }, NOW)).toBe(overdue);
  expect(isOverdue({ status, dueAt }, NOW + 86_400_000 - 1)).toBe(overdue);
});

describe('a field at a moment, from its changes', () => {
  const changes = [
    { at: 10, fromValue: 'open', toValue: 'in_progress' },
    { at: 20, fromValue: 'in_progress', toValue: 'abandoned' },
  ];
  test.each([
    [5, 'open'],
    [10, 'in_progress'],
    [15, 'in_progress'],
    [25, 'abandoned'],
  ])('at %i: %s', (at, value) => {
    expect(valueAt('abandoned', changes, at)).toBe(value);
  });
  test('never changed: the value now', () => {
    expect(valueAt('open', [], 5)).toBe('open');
  });
});
