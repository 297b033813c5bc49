/**
 * Whose tickets a drill-down page is about: one originating department, or one root cause. The
 * same queries serve both pages; this says which column and which summary table to read.
 */
export type TicketScope = { departmentId: number } | { causeId: number };

export function scopeColumn(scope: TicketScope): { column: string; id: number } {
  return 'causeId' in scope
    ? { column: 'root_cause_id', id: scope.causeId }
    : { column: 'department_id', id: scope.departmentId };
}
