import { describe, expect, test } from 'vitest';
import {
  parseChannel,
  parseCount,
  parseCsat,
  parseDateTime,
  parseDuration,
  parseMoneyCents,
  parseSeverity,
  unescapeFormula,
} from './values';

const at = (iso: string) => Date.parse(iso);

describe('dates and times', () => {
  test.each([
    ['2026-01-05T09:30:00Z', at('2026-01-05T09:30:00Z')],
    ['2026-01-05T09:30:00.250Z', at('2026-01-05T09:30:00.250Z')],
    ['2026-01-05 09:30:00', at('2026-01-05T09:30:00Z')],
    ['2026-01-05 09:30', at('2026-01-05T09:30:00Z')],
    ['2026-01-05', at('2026-01-05T00:00:00Z')],
    ['2026-01-05 10:30:00 +0100', at('2026-01-05T09:30:00Z')],
    ['2026-01-05T04:30:00-05:00', at('2026-01-05T09:30:00Z')],
    ['  2026-01-05 09:30:00  ', at('2026-01-05T09:30:00Z')],
    ['25/12/2025 08:00', at('2025-12-25T08:00:00Z')],
    ['12/25/2025', at('2025-12-25T00:00:00Z')],
    ['05.05.2026', at('2026-05-05T00:00:00Z')],
    ['2024-02-29', at('2024-02-29T00:00:00Z')],
    ['2000-02-29', at('2000-02-29T00:00:00Z')],
    ['2026-12-31 23:59:59', at('2026-12-31T23:59:59Z')],
  ])('%j', (text, ms) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value: ms });
  });
  test.each(['1989-12-31 23:59:59', '2100-01-01', '31/12/2999', '2100-01-01T00:30:00-01:00'])(
    '%j lies outside the years a ticket may have',
    (text) => {
      expect(parseDateTime(text)).toEqual({ ok: false, error: 'must lie in the years 1990-2099' });
    },
  );
  test('the first and last moment of the years a ticket may have', () => {
    expect(parseDateTime('1990-01-01')).toEqual({ ok: true, value: at('1990-01-01T00:00:00Z') });
    expect(parseDateTime('2099-12-31 23:59:59')).toEqual({
      ok: true,
      value: at('2099-12-31T23:59:59Z'),
    });
  });
  test('an ambiguous day/month is refused unless the order is given', () => {
    const auto = parseDateTime('05/06/2026');
    expect(auto.ok).toBe(false);
    expect(!auto.ok && auto.error).toContain('ambiguous');
    expect(parseDateTime('05/06/2026', { dateOrder: 'dmy', timeZone: 'UTC' })).toEqual({
      ok: true,
      value: at('2026-06-05T00:00:00Z'),
    });
    expect(parseDateTime('05/06/2026', { dateOrder: 'mdy', timeZone: 'UTC' })).toEqual({
      ok: true,
      value: at('2026-05-06T00:00:00Z'),
    });
  });
  test.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-01-05 25:00',
    'yesterday',
    '',
    '1767605400',
    '31/04/2026',
  ])('%j is not a date', (text) => {
    expect(parseDateTime(text).ok).toBe(false);
  });
});

describe('times without a zone, in the export’s time zone', () => {
  const berlin = { dateOrder: 'dmy', timeZone: 'Europe/Berlin' } as const;
  test.each([
    // Winter (+01:00) and summer (+02:00) time.
    ['2026-01-05 09:30:00', at('2026-01-05T08:30:00Z')],
    ['2026-07-05 09:30', at('2026-07-05T07:30:00Z')],
    ['05/07/2026 09:30', at('2026-07-05T07:30:00Z')],
    ['2026-01-05', at('2026-01-04T23:00:00Z')],
    // Around the change to summer time (29 March 2026, 02:00 -> 03:00): 02:30 does not exist.
    ['2026-03-29 01:59', at('2026-03-29T00:59:00Z')],
    ['2026-03-29 02:30', at('2026-03-29T01:30:00Z')],
    ['2026-03-29 03:00', at('2026-03-29T01:00:00Z')],
    // Back to winter time (25 October 2026, 03:00 -> 02:00): 02:30 comes twice, the second counts.
    ['2026-10-25 01:30', at('2026-10-24T23:30:00Z')],
    ['2026-10-25 02:30', at('2026-10-25T01:30:00Z')],
    ['2026-10-25 03:00', at('2026-10-25T02:00:00Z')],
    // A time that gives its zone keeps it.
    ['2026-01-05 09:30:00Z', at('2026-01-05T09:30:00Z')],
    ['2026-01-05 09:30:00 -0500', at('2026-01-05T14:30:00Z')],
  ])('%j in Europe/Berlin', (text, ms) => {
    expect(parseDateTime(text, berlin)).toEqual({ ok: true, value: ms });
  });
  test('a zone west of UTC and one with half hours', () => {
    const reading = (timeZone: string) => ({ dateOrder: 'auto', timeZone }) as const;
    expect(parseDateTime('2026-01-05 21:00', reading('America/New_York'))).toEqual({
      ok: true,
      value: at('2026-01-06T02:00:00Z'),
    });
    expect(parseDateTime('2026-01-05 21:00', reading('Asia/Kolkata'))).toEqual({
      ok: true,
      value: at('2026-01-05T15:30:00Z'),
    });
  });
});

describe('durations', () => {
  test.each([
    ['00:05:30', 'seconds', 330],
    ['27:00:00', 'seconds', 97_200],
    ['4:05', 'seconds', 245],
    ['90', 'seconds', 90],
    ['90', 'minutes', 5400],
    ['1.5', 'minutes', 90],
  ] as const)('%j in %s', (text, unit, seconds) => {
    expect(parseDuration(text, unit)).toEqual({ ok: true, value: seconds });
  });
  test.each([
    ['-00:05:00', 'negative'],
    ['-5', 'negative'],
    ['five minutes', 'not a duration'],
    ['00:61:00', 'not a duration'],
  ])('%j is refused: %s', (text, why) => {
    const parsed = parseDuration(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(why);
  });
});

describe('numbers, money, ratings', () => {
  test('counts', () => {
    expect(parseCount('3')).toEqual({ ok: true, value: 3 });
    expect(parseCount('-1').ok).toBe(false);
    expect(parseCount('2.5').ok).toBe(false);
  });
  test.each([
    ['1,234.50', 123_450],
    ['12.5', 1250],
    ['0', 0],
  ])('money %j', (text, cents) => {
    expect(parseMoneyCents(text)).toEqual({ ok: true, value: cents });
  });
  test.each(['-5', 'EUR 5', '1.234'])('money %j is refused', (text) => {
    expect(parseMoneyCents(text).ok).toBe(false);
  });
  test('ratings 1-5', () => {
    expect(parseCsat('4')).toEqual({ ok: true, value: 4 });
    expect(parseCsat('6').ok).toBe(false);
  });
});

describe('channels and priorities', () => {
  test.each([
    ['Phone call (incoming)', 'phone'],
    ['Voicemail', 'phone'],
    ['Email', 'email'],
    ['Mail', 'email'],
    ['Chat', 'chat'],
    ['Facebook Messenger', 'chat'],
    ['Web form', 'web'],
    ['Portal', 'web'],
    ['Field visit', 'field'],
    ['', 'web'],
  ])('%j is %s', (text, channel) => {
    expect(parseChannel(text)).toBe(channel);
  });
  test.each([
    ['Normal', 'medium'],
    ['URGENT', 'critical'],
    ['low', 'low'],
  ])('priority %j is %s', (text, severity) => {
    expect(parseSeverity(text)).toEqual({ ok: true, value: severity });
  });
  test('an unknown priority is refused', () => {
    expect(parseSeverity('asap').ok).toBe(false);
  });
});

test.each([
  ["'=SUM(A1)", '=SUM(A1)'],
  ["'-broken", '-broken'],
  ["'quoted", "'quoted"],
  ['plain', 'plain'],
])('the export formula escape %j is undone: %j', (text, expected) => {
  expect(unescapeFormula(text)).toBe(expected);
});
