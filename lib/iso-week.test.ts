import { describe, expect, test } from 'vitest';
import { isoWeekOf, isoWeekStart, lastCompleteWeek, weekProgress } from './iso-week';
import { dayToIso, isoToDay } from './time';

describe('ISO weeks', () => {
  test.each([
    ['2026-11-24', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-12-31', '2026-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(isoToDay(day))).toBe(week);
  });
  test.each([
    ['2026-W48', '2026-11-23'],
    ['2025-W01', '2024-12-30'],
    ['2020-W53', '2020-12-28'],
  ])('%s starts on %s', (week, monday) => {
    expect(dayToIso(isoWeekStart(week)!)).toBe(monday);
  });
  test.each(['2025-W53', '2026-W00', '2026-W54', '2026-48', 'W48', ''])(
    '%j is not a week',
    (week) => {
      expect(isoWeekStart(week)).toBeNull();
    },
  );
  test('the last complete week ends before today', () => {
    expect(lastCompleteWeek(isoToDay('2026-11-24'))).toBe('2026-W47');
    expect(lastCompleteWeek(isoToDay('2026-11-23'))).toBe('2026-W47');
    expect(lastCompleteWeek(isoToDay('2026-11-22'))).toBe('2026-W46');
  });
  test.each([
    // Today is Friday 2026-12-04, in 2026-W49 (Monday 30 November).
    ['2026-W48', 'over'],
    ['2026-W49', 'running'],
    ['2026-W50', 'not started'],
    ['2026-W53', 'not started'],
  ])('on 2026-12-04, %s is %s', (week, progress) => {
    expect(weekProgress(isoWeekStart(week)!, isoToDay('2026-12-04'))).toBe(progress);
  });
  test('a week is running from its Monday through its Sunday', () => {
    const monday = isoWeekStart('2026-W49')!;
    expect(weekProgress(monday, monday)).toBe('running');
    expect(weekProgress(monday, monday + 6)).toBe('running');
    expect(weekProgress(monday, monday + 7)).toBe('over');
    expect(weekProgress(monday, monday - 1)).toBe('not started');
  });
});
