/**
 * The URL's filter parameters, parsed once with zod. Every page reads its filters through here so
 * a link or bookmark means the same thing everywhere.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from './domain';
import { dayStartMs, dayToIso, isoToDay, isTicketTime, TICKET_YEARS } from './time';

export const RANGE_PRESETS = {
  '4w': { label: 'Last 4 weeks', days: 28 },
  quarter: { label: 'Last quarter', days: 91 },
  '12m': { label: 'Last 12 months', days: 365 },
  '24m': { label: 'Last 24 months', days: 730 },
} as const;
export type RangePreset = keyof typeof RANGE_PRESETS;
export const DEFAULT_PRESET: RangePreset = '12m';

const isoDate = z
  .string()
  .refine((s) => !Number.isNaN(isoToDay(s)), { error: 'must be a date as YYYY-MM-DD' })
  .refine((s) => Number.isNaN(isoToDay(s)) || isTicketTime(dayStartMs(isoToDay(s))), {
    error: `must lie in the years ${TICKET_YEARS.first}-${TICKET_YEARS.last}`,
  });

/**
 * The longest custom range: ten years. Weekly charts draw a point per week, and a range of
 * centuries would send hundreds of thousands of them to the browser.
 */
export const MAX_RANGE_DAYS = 3_653;

export const dateRangeParamsSchema = z.object({
  range: z
    .enum([...(Object.keys(RANGE_PRESETS) as RangePreset[]), 'custom'], {
      error: (issue) =>
        `"${String(issue.input)}" is not a known range (${Object.keys(RANGE_PRESETS).join(', ')} or custom)`,
    })
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** An inclusive range of UTC days. */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

export interface DateRange extends DayRange {
  preset: RangePreset | 'custom';
  from: string;
  to: string;
  days: number;
}

export interface ParsedFilters {
  range: DateRange;
  /** Set when the URL held something unusable and defaults were used instead. */
  notice: string | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** A search parameter's value; of a repeated one (`?a=1&a=2`), the first. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function makeRange(
  fromDay: number,
  toDay: number,
  preset: RangePreset | 'custom',
): DateRange {
  return {
    fromDay,
    toDay,
    preset,
    from: dayToIso(fromDay),
    to: dayToIso(toDay),
    days: toDay - fromDay + 1,
  };
}

export function presetRange(preset: RangePreset, todayDay: number): DateRange {
  return makeRange(todayDay - RANGE_PRESETS[preset].days + 1, todayDay, preset);
}

/** The range of equal length that ends the day before this one starts. */
export function previousRange(range: DayRange): DayRange {
  const length = range.toDay - range.fromDay + 1;
  return { fromDay: range.fromDay - length, toDay: range.fromDay - 1 };
}

export function parseFilters(searchParams: SearchParams, todayDay: number): ParsedFilters {
  const parsed = dateRangeParamsSchema.safeParse({
    range: firstParam(searchParams.range),
    from: firstParam(searchParams.from),
    to: firstParam(searchParams.to),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      range: presetRange(DEFAULT_PRESET, todayDay),
      notice: `Ignored the filter "${issue.path.join('.')}": ${issue.message}. Showing ${RANGE_PRESETS[DEFAULT_PRESET].label.toLowerCase()}.`,
    };
  }
  const { range, from, to } = parsed.data;
  if (range === 'custom' || (range === undefined && (from || to))) {
    const fromDay = from ? isoToDay(from) : todayDay - RANGE_PRESETS[DEFAULT_PRESET].days + 1;
    const toDay = to ? isoToDay(to) : todayDay;
    if (fromDay > toDay) {
      return {
        range: presetRange(DEFAULT_PRESET, todayDay),
        notice: `Ignored the date range: "from" (${from}) is after "to" (${to}).`,
      };
    }
    if (toDay - fromDay + 1 > MAX_RANGE_DAYS) {
      return {
        range: presetRange(DEFAULT_PRESET, todayDay),
        notice: `Ignored the date range: ${from} to ${to} is longer than ten years.`,
      };
    }
    return { range: makeRange(fromDay, toDay, 'custom'), notice: null };
  }
  return { range: presetRange(range ?? DEFAULT_PRESET, todayDay), notice: null };
}

/** Search params that reproduce a range, for links that carry the global date range along. */
export function rangeSearchParams(range: DateRange): Record<string, string> {
  return range.preset === 'custom'
    ? { range: 'custom', from: range.from, to: range.to }
    : { range: range.preset };
}

// ---------------------------------------------------------------------------------------------
// Ticket filters: which tickets a view is about. The explorer takes all of them; every chart,
// card and row elsewhere links to the explorer with the ones that select exactly its tickets.

export const TICKET_STATUSES = ['open', 'resolved'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** `department=none`: tickets not attributed to any department. */
export const NO_DEPARTMENT = 'none';

const id = (what: string) =>
  z.coerce
    .number({ error: `must be a ${what} id (a whole number)` })
    .int({ error: `must be a ${what} id (a whole number)` })
    .positive({ error: `must be a ${what} id (a whole number)` });
const flag = z.literal('1', { error: 'must be 1 or left out' }).transform(() => true);

export const ticketFilterParamsSchema = z.object({
  department: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, { error: 'must be a department slug such as "warehouse"' }),
  cause: id('root cause'),
  channel: z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` }),
  product: id('product'),
  customer: id('customer'),
  status: z.enum(TICKET_STATUSES, { error: 'must be open or resolved' }),
  recurrence: flag,
  unclassified: flag,
  repeatContacts: flag,
  q: z
    .string()
    .trim()
    .max(200, { error: 'must be at most 200 characters' })
    .transform((s) => s.replace(/\s+/g, ' ')),
});

export interface TicketFilters {
  /** A department slug, or NO_DEPARTMENT. */
  department?: string;
  cause?: number;
  channel?: Channel;
  product?: number;
  customer?: number;
  status?: TicketStatus;
  recurrence?: boolean;
  unclassified?: boolean;
  /** Tickets that took more than one contact: the misses of first-contact resolution. */
  repeatContacts?: boolean;
  /** Words to find in the subject or description. */
  q?: string;
}

export const TICKET_FILTER_KEYS = Object.keys(
  ticketFilterParamsSchema.shape,
) as (keyof TicketFilters)[];

export interface ParsedTicketFilters extends ParsedFilters {
  filters: TicketFilters;
}

/**
 * The range and the ticket filters of a URL. A malformed filter is left out (the others still
 * apply) and named in the notice, so a pasted link with a typo shows something rather than a 500.
 */
export function parseTicketFilters(
  searchParams: SearchParams,
  todayDay: number,
): ParsedTicketFilters {
  const { range, notice: rangeNotice } = parseFilters(searchParams, todayDay);
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of TICKET_FILTER_KEYS) {
    const raw = firstParam(searchParams[key]);
    if (raw === undefined || raw === '') continue;
    const parsed = ticketFilterParamsSchema.shape[key].safeParse(raw);
    if (parsed.success) {
      if (parsed.data !== '') filters[key] = parsed.data;
    } else ignored.push(`"${key}" (${parsed.error.issues[0].message})`);
  }
  const filterNotice =
    ignored.length === 0
      ? null
      : `Ignored the filter${ignored.length > 1 ? 's' : ''} ${ignored.join(', ')}.`;
  return {
    range,
    filters: filters as TicketFilters,
    notice: [rangeNotice, filterNotice].filter(Boolean).join(' ') || null,
  };
}

/** Search params that reproduce ticket filters (the ones that are set). */
export function ticketFilterSearchParams(filters: TicketFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of TICKET_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === false || value === '') continue;
    params[key] = value === true ? '1' : String(value);
  }
  return params;
}

/** The id in a path such as /tickets/123; null for anything but a positive whole number. */
export function parseIdParam(value: string): number | null {
  const parsed = z
    .string()
    .regex(/^[1-9]\d{0,15}$/)
    .transform(Number)
    .safeParse(value);
  return parsed.success ? parsed.data : null;
}
