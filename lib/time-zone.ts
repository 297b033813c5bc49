/**
 * Time zones for showing times (the display time zone setting, DESIGN.md) and for reading
 * imported times written without one. Times are stored in UTC and days are UTC calendar days;
 * only the times people read are shown in the zone.
 */
import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_HOUR } from './time';

/** Whether this runtime knows `zone`: an IANA name such as Europe/Berlin, or UTC. */
export function isTimeZone(zone: string): boolean {
  if (zone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zones an admin can choose: UTC first (the runtime's list leaves it out), then by name. */
export function displayTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}

/**
 * The zones a select offers while `zone` is chosen: a zone this runtime lists under another name
 * (a stored setting or mapping, US/Eastern say) stays selectable instead of silently becoming
 * the first of the list.
 */
export function zonesWith(zones: readonly string[], zone: string): readonly string[] {
  return zones.includes(zone) ? zones : [zone, ...zones];
}

/**
 * The UTC time of a wall-clock time in `zone` (a helpdesk export's time written without a zone),
 * given as the milliseconds those fields would be in UTC (Date.UTC of them). A time that a
 * spring-forward change skips is read as the hour after it (02:30 is 03:30 summer time); a time
 * that a fall-back change shows twice is read as the second one (standard time).
 */
export function wallClockToUtc(wallMs: number, zone: string): number {
  if (zone === 'UTC') return wallMs;
  const hour = Math.floor(wallMs / MS_PER_HOUR) * MS_PER_HOUR;
  return wallMs + offsetOfWallHour(zone, hour);
}

/**
 * Offsets by zone and wall-clock hour (UTC minus wall time, in ms). Zones change offset on whole
 * hours, and working an offset out costs microseconds, an import reads two times a row: each
 * hour is worked out once. Bounded, for a server that previews imports for months.
 */
const offsets = new Map<string, Map<number, number>>();
const MAX_HOURS_KEPT = 100_000;

function offsetOfWallHour(zone: string, hour: number): number {
  let byHour = offsets.get(zone);
  if (!byHour) {
    byHour = new Map();
    offsets.set(zone, byHour);
  }
  let offset = byHour.get(hour);
  if (offset === undefined) {
    offset = resolveWallHour(zone, hour);
    if (byHour.size >= MAX_HOURS_KEPT) byHour.clear();
    byHour.set(hour, offset);
  }
  return offset;
}

/**
 * The offset of a wall-clock hour, the two rules of wallClockToUtc made explicit: TZDate picks
 * the first of a repeated hour in some zones (America/New_York) and the second in others
 * (Europe/Berlin). A zone changes offset at most once within two days, so the hour is either
 * read with the offset of the day before, or with that of the day after, or (skipped) neither.
 */
function resolveWallHour(zone: string, hour: number): number {
  const offsetAt = (utc: number) => -tzOffset(zone, new Date(utc)) * 60_000;
  const before = offsetAt(hour - MS_PER_DAY);
  const after = offsetAt(hour + MS_PER_DAY);
  const fits = (offset: number) => offsetAt(hour + offset) === offset;
  // Repeated: the later instant, which has the larger offset.
  if (fits(before) && fits(after)) return Math.max(before, after);
  if (fits(after)) return after;
  // Fits before, or skipped: the old offset puts 02:30 an hour after the change.
  return before;
}
