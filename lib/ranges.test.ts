import { describe, expect, test } from 'vitest';
import { splitIntoMonths } from './ranges';
import { dayToIso, isoToDay } from './time';

function split(from: string, to: string) {
  const parts = splitIntoMonths({ fromDay: isoToDay(from), toDay: isoToDay(to) });
  return {
    months:
      parts.months &&
      [parts.months.from, parts.months.to].map((m) => `${Math.floor(m / 12)}-${(m % 12) + 1}`),
    days: parts.dayRanges.map((r) => [dayToIso(r.fromDay), dayToIso(r.toDay)]),
  };
}

describe('splitting a range into months and edge days', () => {
  test('a range inside one month is all days', () => {
    expect(split('2026-03-05', '2026-03-20')).toEqual({
      months: null,
      days: [['2026-03-05', '2026-03-20']],
    });
  });
  test('whole months only', () => {
    expect(split('2026-01-01', '2026-03-31')).toEqual({ months: ['2026-1', '2026-3'], days: [] });
  });
  test('partial months at both ends', () => {
    expect(split('2025-11-25', '2026-11-24')).toEqual({
      months: ['2025-12', '2026-10'],
      days: [
        ['2025-11-25', '2025-11-30'],
        ['2026-11-01', '2026-11-24'],
      ],
    });
  });
  test('spanning a month boundary without a whole month', () => {
    expect(split('2026-01-20', '2026-02-10')).toEqual({
      months: null,
      days: [['2026-01-20', '2026-02-10']],
    });
  });
});
