import { describe, expect, test } from 'vitest';
import { isoWeekOf, isoWeekStart, lastCompleteWeek } from './iso-week';
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
});
