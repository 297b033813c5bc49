import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDecimalsApart } from './format';

describe('formatDateTime', () => {
  const winter = Date.UTC(2025, 10, 25, 14, 3);
  const summer = Date.UTC(2025, 6, 25, 14, 3);

  it('writes UTC times as stored, naming the zone', () => {
    expect(formatDateTime(winter, 'UTC')).toBe('25 Nov 2025, 14:03 UTC');
  });

  it('shifts to the display time zone, daylight saving included', () => {
    expect(formatDateTime(winter, 'Europe/Berlin')).toBe('25 Nov 2025, 15:03 CET');
    expect(formatDateTime(summer, 'Europe/Berlin')).toBe('25 Jul 2025, 16:03 CEST');
    expect(formatDateTime(winter, 'America/New_York')).toBe('25 Nov 2025, 09:03 GMT-5');
  });

  it('moves the date when the zone is past midnight', () => {
    expect(formatDateTime(winter, 'Australia/Sydney')).toBe('26 Nov 2025, 01:03 GMT+11');
  });
});

describe('formatDecimalsApart', () => {
  it('writes one decimal, or none when whole, when that already tells the figures apart', () => {
    expect(formatDecimalsApart(6.1, [5.44, 5])).toEqual({ reference: '6.1', values: ['5.4', '5'] });
  });

  it('adds decimals until no figure reads the same as the reference', () => {
    // 0.27 and 0.3 both round to 0.3; two decimals tell them apart, and then apply to all.
    expect(formatDecimalsApart(0.3, [0.27, 0.1])).toEqual({
      reference: '0.3',
      values: ['0.27', '0.1'],
    });
    expect(formatDecimalsApart(0.3004, [0.3344])).toEqual({ reference: '0.3', values: ['0.33'] });
    expect(formatDecimalsApart(2, [2.0004])).toEqual({ reference: '2', values: ['2.0004'] });
  });

  it('stops at the most decimals Intl writes when the figures are equal', () => {
    expect(formatDecimalsApart(1.5, [1.5])).toEqual({ reference: '1.5', values: ['1.5'] });
  });
});
