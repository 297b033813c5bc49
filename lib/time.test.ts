import { describe, expect, test } from 'vitest';
import { dayToIso, isoToDay, isoWeekStartDay, monthFirstDay, monthLastDay, monthOf } from './time';

describe('day numbers', () => {
  test('round-trip through ISO dates', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('2026-11-24')).toBe(20_781);
    expect(dayToIso(20_781)).toBe('2026-11-24');
  });
  test('reject impossible dates', () => {
    expect(isoToDay('2026-02-30')).toBeNaN();
    expect(isoToDay('26-1-1')).toBeNaN();
  });
  test.each([
    ['2026-11-24', '2026-11-23'], // Tuesday -> Monday
    ['2026-11-23', '2026-11-23'], // Monday stays
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week that started Monday
    ['1970-01-01', '1969-12-29'], // before epoch-day 0 still works
  ])('ISO week of %s starts %s', (day, monday) => {
    expect(dayToIso(isoWeekStartDay(isoToDay(day)))).toBe(monday);
  });
  test('calendar months', () => {
    const feb2024 = monthOf(isoToDay('2024-02-15'));
    expect(feb2024).toBe(2024 * 12 + 1);
    expect(dayToIso(monthFirstDay(feb2024))).toBe('2024-02-01');
    expect(dayToIso(monthLastDay(feb2024))).toBe('2024-02-29');
  });
});
