import type { CauseOption } from '@/db/queries/lookups';

/**
 * The causes as options of a select, grouped by the department that owns them (in the order the
 * causes come). `optionValue` gives an option's value: the cause's id unless the form says otherwise.
 */
export function CauseOptionGroups({
  causes,
  optionValue = (cause) => String(cause.id),
}: {
  causes: readonly CauseOption[];
  optionValue?: (cause: CauseOption) => string;
}) {
  const byDepartment = new Map<string, CauseOption[]>();
  for (const cause of causes) {
    const list = byDepartment.get(cause.departmentName);
    if (list) list.push(cause);
    else byDepartment.set(cause.departmentName, [cause]);
  }
  return [...byDepartment].map(([department, list]) => (
    <optgroup key={department} label={department}>
      {list.map((cause) => (
        <option key={cause.id} value={optionValue(cause)}>
          {cause.name}
          {cause.retired ? ' (retired)' : ''}
        </option>
      ))}
    </optgroup>
  ));
}
