import { describe, expect, test } from 'vitest';
import { makeRange, presetRange } from './filters';
import {
  causeHref,
  departmentHref,
  departmentsHref,
  overviewHref,
  ticketHref,
  ticketsExportHref,
  ticketsHref,
  ticketsPageHref,
  weekWithinRange,
} from './links';
import { isoToDay } from './time';

describe('links that keep the date range', () => {
  const custom = makeRange(isoToDay('2026-01-05'), isoToDay('2026-03-01'), 'custom');
  const quarter = presetRange('quarter', isoToDay('2026-06-30'));
  test.each([
    ['a preset', quarter, '/departments/order-entry?range=quarter'],
    [
      'a custom range',
      custom,
      '/departments/order-entry?range=custom&from=2026-01-05&to=2026-03-01',
    ],
  ])('department page, %s', (_, range, expected) => {
    expect(departmentHref('order-entry', range)).toBe(expected);
  });
  test('overview, index, cause and ticket pages', () => {
    expect(overviewHref(quarter)).toBe('/?range=quarter');
    expect(departmentsHref(custom)).toBe('/departments?range=custom&from=2026-01-05&to=2026-03-01');
    expect(causeHref(12, quarter)).toBe('/causes/12?range=quarter');
    expect(ticketHref(9, quarter)).toBe('/tickets/9?range=quarter');
  });
  test('explorer and export carry the filters after the range', () => {
    expect(ticketsHref(quarter)).toBe('/tickets?range=quarter');
    expect(ticketsHref(quarter, { department: 'warehouse', recurrence: true, q: 'a b' })).toBe(
      '/tickets?range=quarter&department=warehouse&recurrence=1&q=a+b',
    );
    expect(ticketsExportHref(custom, { cause: 4 }, { key: 'handle', direction: 'asc' })).toBe(
      '/api/tickets/export?range=custom&from=2026-01-05&to=2026-03-01&cause=4&sort=handle',
    );
  });
  test('explorer pages: the default sort is left out, a cursor names its side', () => {
    const newest = { key: 'opened', direction: 'desc' } as const;
    expect(ticketsPageHref(quarter, { channel: 'chat' }, newest)).toBe(
      '/tickets?range=quarter&channel=chat',
    );
    expect(
      ticketsPageHref(
        quarter,
        {},
        { key: 'resolution', direction: 'desc' },
        {
          towards: 'after',
          cursor: { value: null, id: 12 },
        },
      ),
    ).toBe('/tickets?range=quarter&sort=-resolution&after=null_12');
    expect(
      ticketsPageHref(quarter, {}, newest, { towards: 'before', cursor: { value: 5, id: 3 } }),
    ).toBe('/tickets?range=quarter&before=5_3');
  });
});

describe('a week of a weekly chart as a range', () => {
  const range = makeRange(isoToDay('2026-01-07'), isoToDay('2026-02-03'), 'custom');
  test.each([
    ['inside the range: the whole week', '2026-01-12', '2026-01-12', '2026-01-18'],
    ['cut at the start', '2026-01-05', '2026-01-07', '2026-01-11'],
    ['cut at the end', '2026-02-02', '2026-02-02', '2026-02-03'],
  ])('%s', (_, monday, from, to) => {
    expect(weekWithinRange(isoToDay(monday), range)).toMatchObject({
      preset: 'custom',
      from,
      to,
    });
  });
});
