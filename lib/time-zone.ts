/**
 * Time zones for showing times (the display time zone setting, DESIGN.md) and for reading
 * imported times written without one. Times are stored in UTC and days are UTC calendar days;
 * only the times people read are shown in the zone.
 */
import { TZDate } from '@date-fns/tz';
import { MS_PER_HOUR } from './time';

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
 * that a fall-back change shows twice is read as the second one (standard time), as TZDate does.
 */
export function wallClockToUtc(wallMs: number, zone: string): number {
  if (zone === 'UTC') return wallMs;
  const hour = Math.floor(wallMs / MS_PER_HOUR) * MS_PER_HOUR;
  return wallMs + offsetOfWallHour(zone, hour);
}

/**
 * Offsets by zone and wall-clock hour (UTC minus wall time, in ms). Zones change offset on whole
 * hours, and a TZDate costs about 10 µs, an import reads two times a row: each hour is worked
 * out once. Bounded, for a server that previews imports for months.
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
    const wall = new Date(hour);
    const utc = new TZDate(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      0,
      0,
      0,
      zone,
    ).getTime();
    offset = utc - hour;
    if (byHour.size >= MAX_HOURS_KEPT) byHour.clear();
    byHour.set(hour, offset);
  }
  return offset;
}
