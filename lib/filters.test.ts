import { describe, expect, test } from 'vitest';
import { parseFilters, previousRange, rangeSearchParams } from './filters';
import { isoToDay } from './time';

const today = isoToDay('2026-11-24');

describe('date range filter', () => {
  test('defaults to the last 12 months ending today', () => {
    const { range, notice } = parseFilters({}, today);
    expect(notice).toBeNull();
    expect(range).toMatchObject({ preset: '12m', from: '2025-11-25', to: '2026-11-24', days: 365 });
  });
  test('presets end today', () => {
    expect(parseFilters({ range: '4w' }, today).range).toMatchObject({
      from: '2026-10-28',
      to: '2026-11-24',
      days: 28,
    });
  });
  test('custom range is inclusive', () => {
    const { range } = parseFilters(
      { range: 'custom', from: '2026-01-01', to: '2026-01-31' },
      today,
    );
    expect(range).toMatchObject({ preset: 'custom', days: 31 });
    expect(rangeSearchParams(range)).toEqual({
      range: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });
  test.each([
    [{ range: 'fortnight' }, 'range'],
    [{ range: 'custom', from: '2026-02-30' }, 'from'],
    [{ from: '2026-03-01', to: '2026-02-01' }, 'after'],
  ])('malformed %j falls back to the default with a notice naming it', (params, word) => {
    const { range, notice } = parseFilters(params, today);
    expect(range.preset).toBe('12m');
    expect(notice).toContain(word);
  });
  test('the previous period has the same length and ends the day before', () => {
    expect(previousRange({ fromDay: 100, toDay: 127 })).toEqual({ fromDay: 72, toDay: 99 });
  });
});
