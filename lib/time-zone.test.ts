import { describe, expect, it } from 'vitest';
import { displayTimeZones, isTimeZone } from './time-zone';

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
