/** An attribution as the audit trail stores it (JSON), in words for people. */

export interface AttributionNames {
  causes: ReadonlyMap<number, string>;
  departments: ReadonlyMap<number, string>;
}

export function describeAttribution(json: string | null, names: AttributionNames): string {
  let a: { rootCauseId?: number | null; departmentId?: number | null } | null = null;
  try {
    a = json ? JSON.parse(json) : null;
  } catch {
    return json ?? '—';
  }
  if (!a || (a.rootCauseId == null && a.departmentId == null)) return 'unclassified';
  const department =
    a.departmentId == null
      ? 'no department'
      : (names.departments.get(a.departmentId) ?? `department ${a.departmentId}`);
  if (a.rootCauseId == null) return `${department} (no cause)`;
  return `${names.causes.get(a.rootCauseId) ?? `cause ${a.rootCauseId}`} (${department})`;
}
