/**
 * Time zones for showing times (the display time zone setting, DESIGN.md). Times are stored in
 * UTC and days are UTC calendar days; only the times people read are shown in the zone.
 */

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
