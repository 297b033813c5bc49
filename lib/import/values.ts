/**
 * Cell values of helpdesk exports as Upstream's types. Each parser returns the value or an error
 * message that names what was wrong, for the rejected row's reason.
 */
import type { Channel, Severity } from '../domain';
import { isTicketTime, TICKET_TIME_ERROR } from '../time';
import { wallClockToUtc } from '../time-zone';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** How a date like 05/06/2026 is read; 'auto' refuses the ambiguous ones. */
export type DateOrder = 'auto' | 'dmy' | 'mdy';

/** How an export writes its times (an import's mapping says it). */
export interface TimeReading {
  dateOrder: DateOrder;
  /** The zone of times written without one: helpdesks export in the account's time zone. */
  timeZone: string;
}

const UTC_READING: TimeReading = { dateOrder: 'auto', timeZone: 'UTC' };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED =
  /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of month `mo` (1-12) in year `y` of the Gregorian calendar. */
function daysInMonth(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
}

function utcMs(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  zone: string | undefined,
  reading: TimeReading,
): Parsed<number> {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) {
    return fail('is not a real date and time');
  }
  // Date.UTC would roll 31 April over into May.
  if (d > daysInMonth(y, mo)) return fail('is not a real calendar date');
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const utc =
    zone === undefined
      ? wallClockToUtc(wall, reading.timeZone)
      : wall - offsetMinutes(zone) * 60_000;
  return isTicketTime(utc) ? ok(utc) : fail(TICKET_TIME_ERROR);
}

/**
 * A date and time: ISO 8601 ("2026-01-05T09:30:00Z", "2026-01-05 09:30:00 +0100"), or day and
 * month with slashes or dots in the reading's order. A time without a zone is in the reading's.
 */
export function parseDateTime(text: string, reading: TimeReading = UTC_READING): Parsed<number> {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = iso;
    const ms = Number(frac.padEnd(3, '0').slice(0, 3));
    return utcMs(+y, +mo, +d, +h, +mi, +sec, ms, zone, reading);
  }
  const slashed = SLASHED.exec(s);
  if (slashed) {
    const [, a, b, y, h = '0', mi = '0', sec = '0', zone] = slashed;
    let dmy = reading.dateOrder === 'dmy';
    if (reading.dateOrder === 'auto') {
      if (+a > 12 && +b <= 12) dmy = true;
      else if (+b > 12 && +a <= 12) dmy = false;
      else if (a !== b) {
        return fail(`is ambiguous ("${s}" could be day/month or month/day: set the date order)`);
      }
    }
    const [d, mo] = dmy ? [+a, +b] : [+b, +a];
    return utcMs(+y, mo, d, +h, +mi, +sec, 0, zone, reading);
  }
  return fail(`"${s}" is not a date (use e.g. 2026-01-05 09:30:00)`);
}

/** A duration as H:MM:SS (hours may pass 24), M:SS, or a number in the given unit. */
export function parseDuration(
  text: string,
  unit: 'seconds' | 'minutes' = 'seconds',
): Parsed<number> {
  const s = text.trim();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  if (clock) {
    const [, a, b, c] = clock;
    return ok(c === undefined ? +a * 60 + +b : +a * 3600 + +b * 60 + +c);
  }
  if (/^-/.test(s)) return fail(`"${s}" is negative`);
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`"${s}" is not a duration (use H:MM:SS or a number)`);
  return ok(Math.round(Number(s) * (unit === 'minutes' ? 60 : 1)));
}

/** A non-negative whole number. */
export function parseCount(text: string): Parsed<number> {
  const s = text.trim();
  if (!/^\d{1,9}$/.test(s)) return fail(`"${s}" is not a whole number of 0 or more`);
  return ok(Number(s));
}

/** An amount of money in currency units ("1,234.50", "12.5") as whole cents. */
export function parseMoneyCents(text: string): Parsed<number> {
  const s = text.trim().replace(/,/g, '');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(s))
    return fail(`"${text.trim()}" is not an amount like 1234.50`);
  const [whole, cents = ''] = s.split('.');
  return ok(Number(whole) * 100 + Number(cents.padEnd(2, '0')));
}

export function parseCsat(text: string): Parsed<number> {
  const s = text.trim();
  if (!/^[1-5]$/.test(s)) return fail(`"${s}" is not a rating from 1 to 5`);
  return ok(Number(s));
}

/** Channel names of common helpdesks; anything else is "web" (a form or an integration). */
const CHANNEL_WORDS: [RegExp, Channel][] = [
  [/phone|call|voice|voicemail|sms|text/i, 'phone'],
  [/mail/i, 'email'],
  [/chat|messag|whatsapp|facebook|twitter|social/i, 'chat'],
  [/field|visit|on.?site|technician/i, 'field'],
];

export function parseChannel(text: string): Channel {
  const s = text.trim();
  return CHANNEL_WORDS.find(([pattern]) => pattern.test(s))?.[1] ?? 'web';
}

const SEVERITY_WORDS: Record<string, Severity> = {
  low: 'low',
  normal: 'medium',
  medium: 'medium',
  high: 'high',
  urgent: 'critical',
  critical: 'critical',
};

export function parseSeverity(text: string): Parsed<Severity> {
  const s = text.trim().toLowerCase();
  const severity = SEVERITY_WORDS[s];
  return severity
    ? ok(severity)
    : fail(`"${text.trim()}" is not a priority (low, normal, high, urgent)`);
}

/** Undoes the export's formula escape (lib/ticket-csv.ts): one apostrophe before = + - @ tab CR. */
export function unescapeFormula(text: string): string {
  // Every cell of every row comes here: the regular expression only for a leading apostrophe.
  return text.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
