import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFormSchema, settingsFromRows } from './settings';

const form = {
  recurrenceWindowDays: '30',
  recurrenceKey: 'customer',
  agentCostPerHour: '42',
  currency: 'usd',
  displayTimeZone: ' Europe/Berlin ',
  effectivenessWeeks: '8',
};

describe('settingsFormSchema', () => {
  it('reads the form, trimming the time zone', () => {
    const parsed = settingsFormSchema.parse(form);
    expect(parsed.displayTimeZone).toBe('Europe/Berlin');
    expect(parsed.currency).toBe('USD');
  });

  it('refuses a zone it does not know, naming the field', () => {
    const parsed = settingsFormSchema.safeParse({ ...form, displayTimeZone: 'Berlin' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['displayTimeZone', 'Display time zone: a zone such as UTC or Europe/Berlin'],
    ]);
  });
});

describe('settingsFromRows', () => {
  it('defaults the display time zone to UTC', () => {
    expect(settingsFromRows([]).displayTimeZone).toBe('UTC');
    expect(DEFAULT_SETTINGS.displayTimeZone).toBe('UTC');
  });

  it('names a stored zone that is no zone', () => {
    expect(() =>
      settingsFromRows([{ key: 'displayTimeZone', value: JSON.stringify('Mars/Olympus_Mons') }]),
    ).toThrow('Setting "displayTimeZone" is invalid: not a known time zone');
  });
});
