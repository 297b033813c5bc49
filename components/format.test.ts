import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

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
