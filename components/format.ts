/**
 * Display formatting for numbers and dates. Numbers follow en-US; dates are written day-first
 * ("25 Nov 2025") so they cannot be misread on either side of the Atlantic. All dates are UTC
 * calendar days, matching the summary tables; times of day are shown in the display time zone.
 */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const upToOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatInteger = (n: number) => integer.format(n);

/** A share (0..1) as a percentage number without the sign, one decimal: 0.8237 -> "82.4". */
export const formatPercentNumber = (share: number) => oneDecimal.format(share * 100);

export const formatPercent = (share: number) => `${formatPercentNumber(share)} %`;

/** Hours with one decimal below 100 h, whole hours above, where a decimal is noise. */
export const formatHours = (hours: number) =>
  hours < 100 ? upToOneDecimal.format(hours) : integer.format(hours);

export const formatDays = (hours: number) => upToOneDecimal.format(hours / 24);

/** At most one decimal, none when whole: chart labels, where "6" reads better than "6.0". */
export const formatDecimal = (n: number) => upToOneDecimal.format(n);

/**
 * Figures said to be shorter or longer than a reference, written like formatDecimal but with as
 * many more decimals as it takes for none of them to read the same as the reference: "0.3 days
 * to fix, longer than the median of 0.3 days" would contradict itself.
 */
export function formatDecimalsApart(
  reference: number,
  values: readonly number[],
): { reference: string; values: string[] } {
  for (let digits = 1; ; digits++) {
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format;
    const written = { reference: format(reference), values: values.map(format) };
    // Intl writes at most 20 decimals; values that still read alike there are equal.
    if (digits === 20 || written.values.every((v) => v !== written.reference)) return written;
  }
}

/** Seconds as minutes:seconds, the way contact centers read handle time: 402 -> "6:42". */
export function formatMinutesSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/** Whole currency units: cents are noise at the scale of a cost-of-quality figure. */
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(cents / 100);
}

/** 'YYYY-MM-DD' -> "25 Nov 2025". */
export const formatDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));

/** The UTC day of a time, as formatDay writes it; a dash for none. */
export const formatDayOf = (ms: number | null) => (ms === null ? '—' : day.format(new Date(ms)));

/** A duration in hours as people say it: hours below two days, days above. */
export const formatDuration = (hours: number) =>
  hours < 48 ? `${formatHours(hours)} h` : `${formatDays(hours)} days`;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Milliseconds since the epoch -> "25 Nov 2025, 15:03 CET", in `timeZone` (the display time zone
 * setting), named, so that a time is never read in the wrong zone.
 */
export function formatDateTime(ms: number, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format.format(new Date(ms));
}
