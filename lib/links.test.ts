import { describe, expect, test } from 'vitest';
import { makeRange, presetRange } from './filters';
import { departmentHref, departmentsHref, overviewHref } from './links';
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
  test('overview and index', () => {
    expect(overviewHref(quarter)).toBe('/?range=quarter');
    expect(departmentsHref(custom)).toBe('/departments?range=custom&from=2026-01-05&to=2026-03-01');
  });
});
