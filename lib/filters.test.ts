import { describe, expect, test } from 'vitest';
import {
  MAX_RANGE_DAYS,
  parseFilters,
  parseIdParam,
  parseTicketFilters,
  previousRange,
  rangeSearchParams,
  ticketFilterSearchParams,
} from './filters';
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
    [{ range: 'custom', from: '0001-01-01', to: '2026-02-01' }, 'years 1990-2099'],
    [{ range: 'custom', from: '2016-02-01', to: '2026-02-01' }, 'longer than ten years'],
  ])('malformed %j falls back to the default with a notice naming it', (params, word) => {
    const { range, notice } = parseFilters(params, today);
    expect(range.preset).toBe('12m');
    expect(notice).toContain(word);
  });
  test('a custom range of exactly ten years is kept', () => {
    const { range, notice } = parseFilters({ from: '2016-02-02', to: '2026-02-01' }, today);
    expect(notice).toBeNull();
    expect(range).toMatchObject({ preset: 'custom', days: MAX_RANGE_DAYS });
  });
  test('the previous period has the same length and ends the day before', () => {
    expect(previousRange({ fromDay: 100, toDay: 127 })).toEqual({ fromDay: 72, toDay: 99 });
  });
});

describe('ticket filters', () => {
  test('parses every filter from URL strings', () => {
    const { filters, notice } = parseTicketFilters(
      {
        range: '4w',
        department: 'order-entry',
        cause: '12',
        channel: 'phone',
        product: '7',
        customer: '301',
        status: 'open',
        recurrence: '1',
        unclassified: '1',
        repeatContacts: '1',
        q: '  bent   flange ',
      },
      today,
    );
    expect(notice).toBeNull();
    expect(filters).toEqual({
      department: 'order-entry',
      cause: 12,
      channel: 'phone',
      product: 7,
      customer: 301,
      status: 'open',
      recurrence: true,
      unclassified: true,
      repeatContacts: true,
      q: 'bent flange',
    });
  });
  test('empty values are no filter', () => {
    const { filters, notice } = parseTicketFilters({ q: '   ', channel: '', cause: '' }, today);
    expect(filters).toEqual({});
    expect(notice).toBeNull();
  });
  test.each([
    [{ cause: 'abc' }, 'cause', 'root cause id'],
    [{ cause: '-3' }, 'cause', 'root cause id'],
    [{ channel: 'fax' }, 'channel', 'phone, email'],
    [{ status: 'closed' }, 'status', 'open or resolved'],
    [{ recurrence: 'yes' }, 'recurrence', '1 or left out'],
    [{ department: 'Ware House' }, 'department', 'slug'],
    [{ q: 'x'.repeat(201) }, 'q', '200'],
  ])('a malformed %j is left out, the notice names it and why', (params, key, why) => {
    const { filters, notice } = parseTicketFilters(
      { ...params, channel2: 'x', product: '4' },
      today,
    );
    expect(filters).toEqual({ product: 4 });
    expect(notice).toContain(`"${key}"`);
    expect(notice).toContain(why);
  });
  test('a bad range and a bad filter are both named', () => {
    const { range, notice } = parseTicketFilters({ range: 'soon', cause: 'x' }, today);
    expect(range.preset).toBe('12m');
    expect(notice).toContain('range');
    expect(notice).toContain('"cause"');
  });
  test('search params round-trip through the parser', () => {
    const filters = { department: 'none', cause: 3, recurrence: true, q: 'late delivery' };
    const params = ticketFilterSearchParams(filters);
    expect(params).toEqual({ department: 'none', cause: '3', recurrence: '1', q: 'late delivery' });
    expect(parseTicketFilters(params, today).filters).toEqual(filters);
    expect(ticketFilterSearchParams({ unclassified: false })).toEqual({});
  });
});

describe('ids in paths', () => {
  test.each([
    ['1', 1],
    ['123456', 123456],
    ['0', null],
    ['-4', null],
    ['12abc', null],
    ['1e3', null],
    ['007', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(parseIdParam(value)).toBe(expected);
  });
});
