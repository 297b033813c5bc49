import { describe, expect, test } from 'vitest';
import { comparablePeriods, kpiDelta, notComparable } from './kpi-delta';

describe('changes against the previous period', () => {
  test.each([
    [110, 100, 'amount', 'lower', { direction: 'up', text: '+10.0 %', tone: 'bad' }],
    [0.42, 0.4, 'rate', 'higher', { direction: 'up', text: '+2.0 pp', tone: 'good' }],
    [5, 0, 'amount', 'lower', { direction: 'up', text: 'up from 0', tone: 'bad' }],
    [100, 100, 'amount', 'lower', { direction: 'flat', text: 'no change', tone: 'neutral' }],
    [
      null,
      100,
      'amount',
      'lower',
      { direction: null, text: 'nothing to compare', tone: 'neutral' },
    ],
  ] as const)('%s against %s (%s, %s better)', (current, previous, kind, better, expected) => {
    expect(kpiDelta(current, previous, kind, better)).toEqual(expected);
  });
});

describe('a change below what the figure can show', () => {
  test.each([
    [101.9, 100, { direction: 'flat', text: 'about the same (within 2 %)', tone: 'neutral' }],
    [98.1, 100, { direction: 'flat', text: 'about the same (within 2 %)', tone: 'neutral' }],
    [102, 100, { direction: 'up', text: '+2.0 %', tone: 'bad' }],
    [100, 100, { direction: 'flat', text: 'no change', tone: 'neutral' }],
  ] as const)('%s against %s, at a resolution of 2 %%', (current, previous, expected) => {
    expect(kpiDelta(current, previous, 'amount', 'lower', 0.02)).toEqual(expected);
  });
});

describe('a previous period too thin to compare with', () => {
  test.each([
    [1000, 100, true],
    [1000, 99, false],
    [0, 0, true],
    [12_892, 3, false],
  ])('%i tickets now, %i before: comparable %s', (now, before, comparable) => {
    expect(comparablePeriods(now, before)).toBe(comparable);
  });
  test('says why', () => {
    expect(notComparable(3)).toEqual({
      direction: null,
      text: 'the previous period has only 3 tickets',
      tone: 'neutral',
    });
  });
});
