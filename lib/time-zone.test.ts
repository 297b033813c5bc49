import { describe, expect, it } from 'vitest';
import { displayTimeZones, isTimeZone, wallClockToUtc, zonesWith } from './time-zone';

describe('isTimeZone', () => {
  it('knows IANA zones and UTC', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
  });

  it('refuses names that are no zone', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Berlin')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('displayTimeZones', () => {
  it('offers UTC first, once, then zones every one of which is known', () => {
    const zones = displayTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1);
    expect(zones).toContain('Europe/Berlin');
    expect(zones.every(isTimeZone)).toBe(true);
  });
});

describe('wallClockToUtc', () => {
  const wall = (iso: string) => Date.parse(`${iso}Z`);
  it('leaves UTC as it is and moves other zones by their offset of that day', () => {
    expect(wallClockToUtc(wall('2026-01-05T09:30:00'), 'UTC')).toBe(wall('2026-01-05T09:30:00'));
    expect(wallClockToUtc(wall('2026-01-05T09:30:00'), 'Asia/Tokyo')).toBe(
      wall('2026-01-05T00:30:00'),
    );
    expect(wallClockToUtc(wall('2026-07-05T09:30:00'), 'America/Los_Angeles')).toBe(
      wall('2026-07-05T16:30:00'),
    );
  });

  // Each zone's change in 2026: the hour clocks skip, and the hour they show twice.
  it.each([
    [
      'America/New_York',
      '2026-03-08T02:30:00',
      '2026-03-08T07:30:00',
      '2026-11-01T01:30:00',
      '2026-11-01T06:30:00',
    ],
    [
      'America/Los_Angeles',
      '2026-03-08T02:30:00',
      '2026-03-08T10:30:00',
      '2026-11-01T01:30:00',
      '2026-11-01T09:30:00',
    ],
    [
      'Europe/Berlin',
      '2026-03-29T02:30:00',
      '2026-03-29T01:30:00',
      '2026-10-25T02:30:00',
      '2026-10-25T01:30:00',
    ],
    [
      'Europe/London',
      '2026-03-29T01:30:00',
      '2026-03-29T01:30:00',
      '2026-10-25T01:30:00',
      '2026-10-25T01:30:00',
    ],
    [
      'Australia/Sydney',
      '2026-10-04T02:30:00',
      '2026-10-03T16:30:00',
      '2026-04-05T02:30:00',
      '2026-04-04T16:30:00',
    ],
  ])(
    '%s: a skipped time is read as the hour after the change, a repeated one as its second occurrence',
    (zone, skipped, skippedUtc, repeated, repeatedUtc) => {
      expect(wallClockToUtc(wall(skipped), zone)).toBe(wall(skippedUtc));
      expect(wallClockToUtc(wall(repeated), zone)).toBe(wall(repeatedUtc));
    },
  );

  it('gives every minute of an hour the hour’s offset, also when asked again', () => {
    const zone = 'Australia/Adelaide'; // +10:30 in January
    for (const time of ['2026-01-05T09:00:00', '2026-01-05T09:59:59', '2026-01-05T09:00:00']) {
      expect(wallClockToUtc(wall(time), zone)).toBe(wall(time) - 10.5 * 3_600_000);
    }
  });
});

describe('zonesWith', () => {
  it('offers the list as it is when the zone is in it, and the zone first when not', () => {
    const zones = ['UTC', 'Europe/Berlin'];
    expect(zonesWith(zones, 'Europe/Berlin')).toBe(zones);
    expect(zonesWith(zones, 'US/Eastern')).toEqual(['US/Eastern', 'UTC', 'Europe/Berlin']);
  });
});
